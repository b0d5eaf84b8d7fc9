from typing import Literal

TranscriptionChunkingStrategyEnum = Literal["auto"]

TRANSCRIPTION_CHUNKING_STRATEGY_ENUM_VALUES: set[TranscriptionChunkingStrategyEnum] = {
    "auto",
}


def check_transcription_chunking_strategy_enum(value: str) -> TranscriptionChunkingStrategyEnum:
    if value in TRANSCRIPTION_CHUNKING_STRATEGY_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSCRIPTION_CHUNKING_STRATEGY_ENUM_VALUES!r}"
    )
