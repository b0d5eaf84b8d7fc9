from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.webhook_realtime_call_incoming_data_sip_media_security import (
    WebhookRealtimeCallIncomingDataSipMediaSecurity,
    check_webhook_realtime_call_incoming_data_sip_media_security,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_sip_media_security(
    data: object,
) -> None | Unset | WebhookRealtimeCallIncomingDataSipMediaSecurity:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        sip_media_security_type_0 = check_webhook_realtime_call_incoming_data_sip_media_security(
            data
        )

        return sip_media_security_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | Unset | WebhookRealtimeCallIncomingDataSipMediaSecurity", data)


@_attrs_define(repr=False)
class WebhookRealtimeCallIncomingData(ApiModel):
    """Event data payload."""

    call_id: str
    """ The unique ID of this call.
     """

    sip_headers: list[WebhookRealtimeCallIncomingDataSipHeadersItem]
    """ Headers from the SIP Invite.
     """

    sip_media_security: str | WebhookRealtimeCallIncomingDataSipMediaSecurity | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Data` has it (the live API sends it). Reads None when absent.
    """

    _sdk_name_: ClassVar[str] = "Data"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("call_id", "call_id"),
        ("sip_headers", "sip_headers"),
        ("sip_media_security", "sip_media_security"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "call_id": "str",
        "sip_headers": "list[WebhookRealtimeCallIncomingDataSipHeadersItem]",
        "sip_media_security": "None | Unset | WebhookRealtimeCallIncomingDataSipMediaSecurity",
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
            "sip_media_security",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.call_id
        if value_1 is None:
            if "call_id" in present:
                out["call_id"] = None
        else:
            out["call_id"] = value_1
        value_2 = self.sip_headers
        if value_2 is None:
            if "sip_headers" in present:
                out["sip_headers"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "sip_headers" in present:
            out["sip_headers"] = to_json(value_2)
        value_3 = self.sip_media_security
        if value_3 is None:
            if "sip_media_security" in present:
                out["sip_media_security"] = None
        else:
            out["sip_media_security"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.call_id = get_("call_id")
        _raw_sip_headers = get_("sip_headers", UNSET)
        try:
            sip_headers = []
            _sip_headers = _raw_sip_headers
            if not isinstance(_sip_headers, list):
                raise TypeError()
            for sip_headers_item_data in _sip_headers:
                try:
                    sip_headers_item = (
                        WebhookRealtimeCallIncomingDataSipHeadersItem._from_dict_(
                            sip_headers_item_data
                        )
                        if sip_headers_item_data.__class__ is dict
                        else WebhookRealtimeCallIncomingDataSipHeadersItem.from_dict(
                            sip_headers_item_data
                        )
                    )
                except LENIENT_ERRORS:
                    sip_headers_item = sip_headers_item_data
                sip_headers.append(sip_headers_item)

        except LENIENT_ERRORS:
            sip_headers = _raw_sip_headers
        parsed_obj_.sip_headers = AbsentList() if isinstance(sip_headers, Unset) else sip_headers
        _raw_sip_media_security = get_("sip_media_security", UNSET)
        if _raw_sip_media_security is not None and _raw_sip_media_security is not UNSET:
            try:
                sip_media_security = _parse_sip_media_security(_raw_sip_media_security)

            except LENIENT_ERRORS:
                sip_media_security = _raw_sip_media_security
        else:
            sip_media_security = _raw_sip_media_security
        parsed_obj_.sip_media_security = (
            None if isinstance(sip_media_security, Unset) else sip_media_security
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
