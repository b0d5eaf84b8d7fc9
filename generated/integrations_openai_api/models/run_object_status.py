from typing import Literal

RunObjectStatus = Literal[
    "cancelled",
    "cancelling",
    "completed",
    "expired",
    "failed",
    "in_progress",
    "incomplete",
    "queued",
    "requires_action",
]

RUN_OBJECT_STATUS_VALUES: set[RunObjectStatus] = {
    "cancelled",
    "cancelling",
    "completed",
    "expired",
    "failed",
    "in_progress",
    "incomplete",
    "queued",
    "requires_action",
}


def check_run_object_status(value: str) -> RunObjectStatus:
    if value in RUN_OBJECT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_OBJECT_STATUS_VALUES!r}")
