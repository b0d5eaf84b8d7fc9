from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EmptyModelParam
    from ..models.empty_model_param import EmptyModelParam  # noqa: PLC0415

    _lazy_loaded = True


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_parameters(data: object) -> EmptyModelParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return EmptyModelParam.from_dict(data)
    return cast("EmptyModelParam | None | Unset", data)


def _parse_strict(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_defer_loading(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


@_attrs_define(repr=False)
class FunctionToolParam(ApiModel):
    name: str

    type: Literal["function"] = "function"

    description: str | None = ABSENT

    parameters: EmptyModelParam | None = ABSENT

    strict: bool | None = ABSENT

    defer_loading: bool | None = ABSENT
    """ Whether this function should be deferred and discovered via tool search. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("type", "type"),
        ("description", "description"),
        ("parameters", "parameters"),
        ("strict", "strict"),
        ("defer_loading", "defer_loading"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "type": "Literal['function']",
        "description": "None | str | Unset",
        "parameters": "EmptyModelParam | None | Unset",
        "strict": "bool | None | Unset",
        "defer_loading": "bool | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("function",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "name",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "type",
            "description",
            "parameters",
            "strict",
            "defer_loading",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = d.pop("name", None)

        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["function"]', _raw_type_)
            if type_ != "function":
                raise ValueError(f"type must match const 'function', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

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

        _raw_defer_loading = d.pop("defer_loading", UNSET)
        try:
            defer_loading = _parse_defer_loading(_raw_defer_loading)

        except LENIENT_ERRORS:
            defer_loading = _raw_defer_loading

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = name
        parsed_obj_.type = type_
        parsed_obj_.description = None if isinstance(description, Unset) else description
        parsed_obj_.parameters = None if isinstance(parameters, Unset) else parameters
        parsed_obj_.strict = None if isinstance(strict, Unset) else strict
        parsed_obj_.defer_loading = None if isinstance(defer_loading, Unset) else defer_loading
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
