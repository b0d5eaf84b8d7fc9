from typing import Literal

EditImageBodyJsonParamQuality = Literal["auto", "high", "low", "medium"]

EDIT_IMAGE_BODY_JSON_PARAM_QUALITY_VALUES: set[EditImageBodyJsonParamQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_edit_image_body_json_param_quality(value: str) -> EditImageBodyJsonParamQuality:
    if value in EDIT_IMAGE_BODY_JSON_PARAM_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_BODY_JSON_PARAM_QUALITY_VALUES!r}"
    )
