from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class Error2(ApiModel):
    """An error that occurred while generating the response."""

    code: str
    """ A machine-readable error code that was returned. """

    message: str
    """ A human-readable description of the error that was returned. """

    _sdk_name_: ClassVar[str] = "VideoCreateError"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "code": "str",
        "message": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "code",
        "message",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "code",
            "message",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.code
        if value_1 is None:
            if "code" in present:
                out["code"] = None
        else:
            out["code"] = value_1
        value_2 = self.message
        if value_2 is None:
            if "message" in present:
                out["message"] = None
        else:
            out["message"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        code = d.pop("code", None)

        message = d.pop("message", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.code = code
        parsed_obj_.message = message
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
