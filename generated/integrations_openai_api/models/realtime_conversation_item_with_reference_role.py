from typing import Literal

RealtimeConversationItemWithReferenceRole = Literal["assistant", "system", "user"]

REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_ROLE_VALUES: set[
    RealtimeConversationItemWithReferenceRole
] = {
    "assistant",
    "system",
    "user",
}


def check_realtime_conversation_item_with_reference_role(
    value: str,
) -> RealtimeConversationItemWithReferenceRole:
    if value in REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_WITH_REFERENCE_ROLE_VALUES!r}"
    )
