from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class RealtimeMCPHTTPError(ApiModel):
    code: int

    message: str

    type: Literal["http_error"] = "http_error"

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("code", "code"),
        ("message", "message"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['http_error']",
        "code": "int",
        "message": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("http_error",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "code",
        "message",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "code",
            "message",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["http_error"]', _raw_type_)
            if type_ != "http_error":
                raise ValueError(f"type must match const 'http_error', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        code = d.pop("code", None)

        message = d.pop("message", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.code = code
        parsed_obj_.message = message
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
