from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class ComputerCallSafetyCheckParam(ApiModel):
    """A pending safety check for the computer call."""

    id: str
    """ The ID of the pending safety check. """

    code: str | None = ABSENT

    message: str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("code", "code"),
        ("message", "message"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "code": "None | str | Unset",
        "message": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("id",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "code",
            "message",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.code
        if value_2 is None:
            if "code" in present:
                out["code"] = None
        else:
            out["code"] = to_json(value_2)
        value_3 = self.message
        if value_3 is None:
            if "message" in present:
                out["message"] = None
        else:
            out["message"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        code = d.pop("code", None)

        message = d.pop("message", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.code = code
        parsed_obj_.message = message
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
