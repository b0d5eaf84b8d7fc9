from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel
from ..models.message_object_incomplete_details_reason import (
    MessageObjectIncompleteDetailsReason,
    check_message_object_incomplete_details_reason,
)


@_attrs_define(repr=False)
class MessageObjectIncompleteDetails(ApiModel):
    """On an incomplete message, details about why the message is incomplete."""

    reason: MessageObjectIncompleteDetailsReason | str
    """ The reason the message is incomplete. """

    _sdk_name_: ClassVar[str] = "IncompleteDetails"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("reason", "reason"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "reason": "MessageObjectIncompleteDetailsReason",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "reason": (
            "content_filter",
            "max_tokens",
            "run_cancelled",
            "run_expired",
            "run_failed",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("reason",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("reason",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.reason
        if value_1 is None:
            if "reason" in present:
                out["reason"] = None
        else:
            out["reason"] = value_1
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_reason = d.pop("reason", None)
        try:
            reason = check_message_object_incomplete_details_reason(_raw_reason)

        except LENIENT_ERRORS:
            reason = _raw_reason

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.reason = reason
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
