from typing import Literal

ListConversationItemsOrder = Literal["asc", "desc"]

LIST_CONVERSATION_ITEMS_ORDER_VALUES: set[ListConversationItemsOrder] = {
    "asc",
    "desc",
}


def check_list_conversation_items_order(value: str) -> ListConversationItemsOrder:
    if value in LIST_CONVERSATION_ITEMS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CONVERSATION_ITEMS_ORDER_VALUES!r}"
    )
