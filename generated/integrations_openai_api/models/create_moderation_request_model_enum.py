from typing import Literal

CreateModerationRequestModelEnum = Literal[
    "omni-moderation-2024-09-26",
    "omni-moderation-latest",
    "text-moderation-latest",
    "text-moderation-stable",
]

CREATE_MODERATION_REQUEST_MODEL_ENUM_VALUES: set[CreateModerationRequestModelEnum] = {
    "omni-moderation-2024-09-26",
    "omni-moderation-latest",
    "text-moderation-latest",
    "text-moderation-stable",
}


def check_create_moderation_request_model_enum(value: str) -> CreateModerationRequestModelEnum:
    if value in CREATE_MODERATION_REQUEST_MODEL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MODERATION_REQUEST_MODEL_ENUM_VALUES!r}"
    )
