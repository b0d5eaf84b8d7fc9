from typing import Literal

AssistantsApiResponseFormatOptionEnum = Literal["auto"]

ASSISTANTS_API_RESPONSE_FORMAT_OPTION_ENUM_VALUES: set[AssistantsApiResponseFormatOptionEnum] = {
    "auto",
}


def check_assistants_api_response_format_option_enum(
    value: str,
) -> AssistantsApiResponseFormatOptionEnum:
    if value in ASSISTANTS_API_RESPONSE_FORMAT_OPTION_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSISTANTS_API_RESPONSE_FORMAT_OPTION_ENUM_VALUES!r}"
    )
