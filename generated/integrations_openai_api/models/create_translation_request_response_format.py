from typing import Literal

CreateTranslationRequestResponseFormat = Literal["json", "srt", "text", "verbose_json", "vtt"]

CREATE_TRANSLATION_REQUEST_RESPONSE_FORMAT_VALUES: set[CreateTranslationRequestResponseFormat] = {
    "json",
    "srt",
    "text",
    "verbose_json",
    "vtt",
}


def check_create_translation_request_response_format(
    value: str,
) -> CreateTranslationRequestResponseFormat:
    if value in CREATE_TRANSLATION_REQUEST_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TRANSLATION_REQUEST_RESPONSE_FORMAT_VALUES!r}"
    )
