from typing import Literal

RealtimeSessionTracingEnum = Literal["auto"]

REALTIME_SESSION_TRACING_ENUM_VALUES: set[RealtimeSessionTracingEnum] = {
    "auto",
}


def check_realtime_session_tracing_enum(value: str) -> RealtimeSessionTracingEnum:
    if value in REALTIME_SESSION_TRACING_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_TRACING_ENUM_VALUES!r}"
    )
