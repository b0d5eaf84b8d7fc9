from typing import Literal

RealtimeBetaResponseMaxOutputTokensEnum = Literal["inf"]

REALTIME_BETA_RESPONSE_MAX_OUTPUT_TOKENS_ENUM_VALUES: set[
    RealtimeBetaResponseMaxOutputTokensEnum
] = {
    "inf",
}


def check_realtime_beta_response_max_output_tokens_enum(
    value: str,
) -> RealtimeBetaResponseMaxOutputTokensEnum:
    if value in REALTIME_BETA_RESPONSE_MAX_OUTPUT_TOKENS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_MAX_OUTPUT_TOKENS_ENUM_VALUES!r}"
    )
