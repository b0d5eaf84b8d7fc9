from typing import Literal

EditImageBodyJsonParamModelEnum = Literal[
    "chatgpt-image-latest", "gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5"
]

EDIT_IMAGE_BODY_JSON_PARAM_MODEL_ENUM_VALUES: set[EditImageBodyJsonParamModelEnum] = {
    "chatgpt-image-latest",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
}


def check_edit_image_body_json_param_model_enum(value: str) -> EditImageBodyJsonParamModelEnum:
    if value in EDIT_IMAGE_BODY_JSON_PARAM_MODEL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_BODY_JSON_PARAM_MODEL_ENUM_VALUES!r}"
    )
