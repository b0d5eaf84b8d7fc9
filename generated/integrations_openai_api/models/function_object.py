from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_parameters import FunctionParameters

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FunctionParameters
    from ..models.function_parameters import FunctionParameters  # noqa: PLC0415

    _lazy_loaded = True


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_parameters(data: object) -> FunctionParameters | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return FunctionParameters.from_dict(data)
    return cast("FunctionParameters | None | Unset", data)


def _parse_strict(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


@_attrs_define(repr=False)
class FunctionObject(ApiModel):
    name: str
    """ The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a
    maximum length of 64. """

    description: str | None = ABSENT
    """ A description of what the function does, used by the model to choose when and how to call the function. """

    parameters: FunctionParameters | None = ABSENT

    strict: bool | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("description", "description"),
        ("parameters", "parameters"),
        ("strict", "strict"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "description": "None | str | Unset",
        "parameters": "FunctionParameters | None | Unset",
        "strict": "bool | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("name",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "description",
            "parameters",
            "strict",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = d.pop("name", None)

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

        _raw_strict = d.pop("strict", UNSET)
        try:
            strict = _parse_strict(_raw_strict)

        except LENIENT_ERRORS:
            strict = _raw_strict

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = name
        parsed_obj_.description = None if isinstance(description, Unset) else description
        parsed_obj_.parameters = None if isinstance(parameters, Unset) else parameters
        parsed_obj_.strict = None if isinstance(strict, Unset) else strict
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
