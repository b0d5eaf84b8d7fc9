from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class RealtimeBetaServerEventErrorError(ApiModel):
    """Details of the error."""

    type: str
    """ The type of error (e.g., "invalid_request_error", "server_error").
     """

    message: str
    """ A human-readable error message. """

    code: str | None = ABSENT

    param: str | None = ABSENT

    event_id: str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("type", "type"),
        ("code", "code"),
        ("event_id", "event_id"),
        ("param", "param"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "str",
        "message": "str",
        "code": "None | str | Unset",
        "param": "None | str | Unset",
        "event_id": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "message",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "message",
            "code",
            "param",
            "event_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.message
        if value_1 is None:
            if "message" in present:
                out["message"] = None
        else:
            out["message"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.code
        if value_3 is None:
            if "code" in present:
                out["code"] = None
        else:
            out["code"] = to_json(value_3)
        value_4 = self.event_id
        if value_4 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = to_json(value_4)
        value_5 = self.param
        if value_5 is None:
            if "param" in present:
                out["param"] = None
        else:
            out["param"] = to_json(value_5)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        type_ = d.pop("type", None)

        message = d.pop("message", None)

        code = d.pop("code", None)

        param = d.pop("param", None)

        event_id = d.pop("event_id", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.message = message
        parsed_obj_.code = code
        parsed_obj_.param = param
        parsed_obj_.event_id = event_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
