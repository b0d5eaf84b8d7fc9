from typing import Literal

AssistantsApiToolChoiceOptionEnum = Literal["auto", "none", "required"]

ASSISTANTS_API_TOOL_CHOICE_OPTION_ENUM_VALUES: set[AssistantsApiToolChoiceOptionEnum] = {
    "auto",
    "none",
    "required",
}


def check_assistants_api_tool_choice_option_enum(value: str) -> AssistantsApiToolChoiceOptionEnum:
    if value in ASSISTANTS_API_TOOL_CHOICE_OPTION_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSISTANTS_API_TOOL_CHOICE_OPTION_ENUM_VALUES!r}"
    )
