from typing import Literal

RealtimeBetaResponseCreateParamsConversationEnum = Literal["auto", "none"]

REALTIME_BETA_RESPONSE_CREATE_PARAMS_CONVERSATION_ENUM_VALUES: set[
    RealtimeBetaResponseCreateParamsConversationEnum
] = {
    "auto",
    "none",
}


def check_realtime_beta_response_create_params_conversation_enum(
    value: str,
) -> RealtimeBetaResponseCreateParamsConversationEnum:
    if value in REALTIME_BETA_RESPONSE_CREATE_PARAMS_CONVERSATION_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_CREATE_PARAMS_CONVERSATION_ENUM_VALUES!r}"
    )
