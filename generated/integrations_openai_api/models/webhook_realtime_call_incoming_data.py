from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_realtime_call_incoming_data_sip_headers_item import (
        WebhookRealtimeCallIncomingDataSipHeadersItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, WebhookRealtimeCallIncomingDataSipHeadersItem
    from ..models.webhook_realtime_call_incoming_data_sip_headers_item import (
        WebhookRealtimeCallIncomingDataSipHeadersItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="WebhookRealtimeCallIncomingData")


@_attrs_define
class WebhookRealtimeCallIncomingData:
    """Event data payload."""

    call_id: str
    """ The unique ID of this call.
     """
    sip_headers: list[WebhookRealtimeCallIncomingDataSipHeadersItem]
    """ Headers from the SIP Invite.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "call_id",
        "sip_headers",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "call_id",
            "sip_headers",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.call_id, Unset):
            field_dict["call_id"] = self.call_id
        if not isinstance(self.sip_headers, Unset):
            field_dict["sip_headers"] = to_json(self.sip_headers)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"WebhookRealtimeCallIncomingData: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        call_id = d.pop("call_id", UNSET)

        _raw_sip_headers = d.pop("sip_headers", UNSET)
        try:
            sip_headers = []
            _sip_headers = _raw_sip_headers
            if not isinstance(_sip_headers, list):
                raise TypeError()
            for sip_headers_item_data in _sip_headers:
                try:
                    sip_headers_item = WebhookRealtimeCallIncomingDataSipHeadersItem.from_dict(
                        sip_headers_item_data
                    )

                except LENIENT_ERRORS:
                    sip_headers_item = sip_headers_item_data
                sip_headers.append(sip_headers_item)

        except LENIENT_ERRORS:
            sip_headers = _raw_sip_headers

        parsed_obj_ = cls(
            call_id=call_id,
            sip_headers=sip_headers,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
