from typing import Literal

CreateTranslationRequestModelEnum = Literal["whisper-1"]

CREATE_TRANSLATION_REQUEST_MODEL_ENUM_VALUES: set[CreateTranslationRequestModelEnum] = {
    "whisper-1",
}


def check_create_translation_request_model_enum(value: str) -> CreateTranslationRequestModelEnum:
    if value in CREATE_TRANSLATION_REQUEST_MODEL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TRANSLATION_REQUEST_MODEL_ENUM_VALUES!r}"
    )
