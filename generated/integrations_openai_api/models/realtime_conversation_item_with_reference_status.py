from typing import Literal

RealtimeConversationItemWithReferenceStatus = Literal["completed", "in_progress", "incomplete"]

REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_STATUS_VALUES: set[
    RealtimeConversationItemWithReferenceStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_realtime_conversation_item_with_reference_status(
    value: str,
) -> RealtimeConversationItemWithReferenceStatus:
    if value in REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_STATUS_VALUES!r}"
    )
