from typing import Literal

WebhookRealtimeCallIncomingDataSipMediaSecurity = Literal["rtp", "srtp"]

WEBHOOK_REALTIME_CALL_INCOMING_DATA_SIP_MEDIA_SECURITY_VALUES: set[
    WebhookRealtimeCallIncomingDataSipMediaSecurity
] = {
    "rtp",
    "srtp",
}


def check_webhook_realtime_call_incoming_data_sip_media_security(
    value: str,
) -> WebhookRealtimeCallIncomingDataSipMediaSecurity:
    if value in WEBHOOK_REALTIME_CALL_INCOMING_DATA_SIP_MEDIA_SECURITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_REALTIME_CALL_INCOMING_DATA_SIP_MEDIA_SECURITY_VALUES!r}"
    )
