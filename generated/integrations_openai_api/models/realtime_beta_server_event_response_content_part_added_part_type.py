from typing import Literal

RealtimeBetaServerEventResponseContentPartAddedPartType = Literal["audio", "text"]

REALTIME_BETA_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_PART_TYPE_VALUES: set[
    RealtimeBetaServerEventResponseContentPartAddedPartType
] = {
    "audio",
    "text",
}


def check_realtime_beta_server_event_response_content_part_added_part_type(
    value: str,
) -> RealtimeBetaServerEventResponseContentPartAddedPartType:
    if value in REALTIME_BETA_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_PART_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_SERVER_EVENT_RESPONSE_CONTENT_PART_ADDED_PART_TYPE_VALUES!r}"
    )
