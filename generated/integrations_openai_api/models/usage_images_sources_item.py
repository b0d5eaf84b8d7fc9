from typing import Literal

UsageImagesSourcesItem = Literal["image.edit", "image.generation", "image.variation"]

USAGE_IMAGES_SOURCES_ITEM_VALUES: set[UsageImagesSourcesItem] = {
    "image.edit",
    "image.generation",
    "image.variation",
}


def check_usage_images_sources_item(value: str) -> UsageImagesSourcesItem:
    if value in USAGE_IMAGES_SOURCES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_IMAGES_SOURCES_ITEM_VALUES!r}"
    )
