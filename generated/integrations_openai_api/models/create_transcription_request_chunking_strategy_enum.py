from typing import Literal

CreateTranscriptionRequestChunkingStrategyEnum = Literal["auto"]

CREATE_TRANSCRIPTION_REQUEST_CHUNKING_STRATEGY_ENUM_VALUES: set[
    CreateTranscriptionRequestChunkingStrategyEnum
] = {
    "auto",
}


def check_create_transcription_request_chunking_strategy_enum(
    value: str,
) -> CreateTranscriptionRequestChunkingStrategyEnum:
    if value in CREATE_TRANSCRIPTION_REQUEST_CHUNKING_STRATEGY_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TRANSCRIPTION_REQUEST_CHUNKING_STRATEGY_ENUM_VALUES!r}"
    )
