from typing import Literal

CreateTranscriptionRequestModelEnum = Literal[
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "whisper-1",
]

CREATE_TRANSCRIPTION_REQUEST_MODEL_ENUM_VALUES: set[CreateTranscriptionRequestModelEnum] = {
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "whisper-1",
}


def check_create_transcription_request_model_enum(
    value: str,
) -> CreateTranscriptionRequestModelEnum:
    if value in CREATE_TRANSCRIPTION_REQUEST_MODEL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TRANSCRIPTION_REQUEST_MODEL_ENUM_VALUES!r}"
    )
