from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..models.response_incomplete_details_reason import (
    ResponseIncompleteDetailsReason,
    check_response_incomplete_details_reason,
)
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class ResponseIncompleteDetails(ApiModel):
    """Details about why the response is incomplete."""

    reason: ResponseIncompleteDetailsReason | str | None = ABSENT
    """ The reason why the response is incomplete. """

    _sdk_name_: ClassVar[str] = "IncompleteDetails"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("reason", "reason"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "reason": "ResponseIncompleteDetailsReason | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "reason": (
            "content_filter",
            "max_output_tokens",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
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
        _raw_reason = d.pop("reason", UNSET)
        try:
            _reason = _raw_reason
            reason: ResponseIncompleteDetailsReason | Unset
            if isinstance(_reason, Unset):
                reason = UNSET
            else:
                reason = check_response_incomplete_details_reason(_reason)

        except LENIENT_ERRORS:
            reason = _raw_reason

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.reason = None if isinstance(reason, Unset) else reason
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
