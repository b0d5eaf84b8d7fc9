from typing import Literal

ItemReferenceParamType = Literal["item_reference"]

ITEM_REFERENCE_PARAM_TYPE_VALUES: set[ItemReferenceParamType] = {
    "item_reference",
}


def check_item_reference_param_type(value: str) -> ItemReferenceParamType:
    if value in ITEM_REFERENCE_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ITEM_REFERENCE_PARAM_TYPE_VALUES!r}"
    )
