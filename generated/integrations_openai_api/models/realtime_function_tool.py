from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_beta_response_create_params_tools_item_parameters import (
        RealtimeBetaResponseCreateParamsToolsItemParameters,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeBetaResponseCreateParamsToolsItemParameters
    from ..models.realtime_beta_response_create_params_tools_item_parameters import (
        RealtimeBetaResponseCreateParamsToolsItemParameters,  # noqa: PLC0415
    )

    _lazy_loaded = True


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_parameters(
    data: object,
) -> None | RealtimeBetaResponseCreateParamsToolsItemParameters | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeBetaResponseCreateParamsToolsItemParameters.from_dict(data)
    return cast("None | RealtimeBetaResponseCreateParamsToolsItemParameters | Unset", data)


@_attrs_define(repr=False)
class RealtimeFunctionTool(ApiModel):
    type: Literal["function"] | None = "function"
    """ The type of the tool, i.e. `function`. """

    name: str | None = ABSENT
    """ The name of the function. """

    description: str | None = ABSENT
    """ The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything).
     """

    parameters: RealtimeBetaResponseCreateParamsToolsItemParameters | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("name", "name"),
        ("description", "description"),
        ("parameters", "parameters"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['function'] | Unset",
        "name": "None | str | Unset",
        "description": "None | str | Unset",
        "parameters": "None | RealtimeBetaResponseCreateParamsToolsItemParameters | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("function",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "description",
            "parameters",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast('Literal["function"] | Unset', _raw_type_)
            if type_ != "function" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'function', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        _raw_description = d.pop("description", UNSET)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        _raw_parameters = d.pop("parameters", UNSET)
        try:
            parameters = _parse_parameters(_raw_parameters)

        except LENIENT_ERRORS:
            parameters = _raw_parameters

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.name = None if isinstance(name, Unset) else name
        parsed_obj_.description = None if isinstance(description, Unset) else description
        parsed_obj_.parameters = None if isinstance(parameters, Unset) else parameters
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
