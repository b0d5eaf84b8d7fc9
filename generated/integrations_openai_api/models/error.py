from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class Error(ApiModel):
    code: str | None

    message: str

    param: str | None

    type: str

    _sdk_name_: ClassVar[str] = "ErrorObject"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
        ("param", "param"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "code": "None | str",
        "message": "str",
        "param": "None | str",
        "type": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "code",
        "message",
        "param",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "code",
            "message",
            "param",
            "type",
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
            out["code"] = to_json(value_1)
        value_2 = self.message
        if value_2 is None:
            if "message" in present:
                out["message"] = None
        else:
            out["message"] = value_2
        value_3 = self.param
        if value_3 is None:
            if "param" in present:
                out["param"] = None
        else:
            out["param"] = to_json(value_3)
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        code = d.pop("code", None)

        message = d.pop("message", None)

        param = d.pop("param", None)

        type_ = d.pop("type", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.code = code
        parsed_obj_.message = message
        parsed_obj_.param = param
        parsed_obj_.type = type_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
