from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import AbsentList, ApiModel
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


@_attrs_define(repr=False)
class WebhookRealtimeCallIncomingData(ApiModel):
    """Event data payload."""

    call_id: str
    """ The unique ID of this call.
     """

    sip_headers: list[WebhookRealtimeCallIncomingDataSipHeadersItem]
    """ Headers from the SIP Invite.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("call_id", "call_id"),
        ("sip_headers", "sip_headers"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "call_id": "str",
        "sip_headers": "list[WebhookRealtimeCallIncomingDataSipHeadersItem]",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        call_id = d.pop("call_id", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.call_id = call_id
        parsed_obj_.sip_headers = AbsentList() if isinstance(sip_headers, Unset) else sip_headers
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
