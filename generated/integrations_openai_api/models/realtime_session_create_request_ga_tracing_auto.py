from typing import Literal

RealtimeSessionCreateRequestGATracingAuto = Literal["auto"]

REALTIME_SESSION_CREATE_REQUEST_GA_TRACING_AUTO_VALUES: set[
    RealtimeSessionCreateRequestGATracingAuto
] = {
    "auto",
}


def check_realtime_session_create_request_ga_tracing_auto(
    value: str,
) -> RealtimeSessionCreateRequestGATracingAuto:
    if value in REALTIME_SESSION_CREATE_REQUEST_GA_TRACING_AUTO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_REQUEST_GA_TRACING_AUTO_VALUES!r}"
    )
