from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class ResponseErrorEvent(ApiModel):
    """Emitted when an error occurs."""

    code: str | None

    message: str
    """ The error message.
     """

    param: str | None

    sequence_number: int
    """ The sequence number of this event. """

    type: Literal["error"] = "error"
    """ The type of the event. Always `error`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
        ("param", "param"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['error']",
        "code": "None | str",
        "message": "str",
        "param": "None | str",
        "sequence_number": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("error",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "code",
        "message",
        "param",
        "sequence_number",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "code",
            "message",
            "param",
            "sequence_number",
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
        value_4 = self.sequence_number
        if value_4 is None:
            if "sequence_number" in present:
                out["sequence_number"] = None
        else:
            out["sequence_number"] = value_4
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        type_ = d.pop("type", None)

        code = d.pop("code", None)

        message = d.pop("message", None)

        param = d.pop("param", None)

        sequence_number = d.pop("sequence_number", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.code = code
        parsed_obj_.message = message
        parsed_obj_.param = param
        parsed_obj_.sequence_number = sequence_number
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
