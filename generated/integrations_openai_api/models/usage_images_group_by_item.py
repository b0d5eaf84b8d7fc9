from typing import Literal

UsageImagesGroupByItem = Literal["api_key_id", "model", "project_id", "size", "source", "user_id"]

USAGE_IMAGES_GROUP_BY_ITEM_VALUES: set[UsageImagesGroupByItem] = {
    "api_key_id",
    "model",
    "project_id",
    "size",
    "source",
    "user_id",
}


def check_usage_images_group_by_item(value: str) -> UsageImagesGroupByItem:
    if value in USAGE_IMAGES_GROUP_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_IMAGES_GROUP_BY_ITEM_VALUES!r}"
    )
