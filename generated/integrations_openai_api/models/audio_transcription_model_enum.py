from typing import Literal

AudioTranscriptionModelEnum = Literal[
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "gpt-realtime-whisper",
    "whisper-1",
]

AUDIO_TRANSCRIPTION_MODEL_ENUM_VALUES: set[AudioTranscriptionModelEnum] = {
    "gpt-4o-mini-transcribe",
    "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe",
    "gpt-4o-transcribe-diarize",
    "gpt-realtime-whisper",
    "whisper-1",
}


def check_audio_transcription_model_enum(value: str) -> AudioTranscriptionModelEnum:
    if value in AUDIO_TRANSCRIPTION_MODEL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_TRANSCRIPTION_MODEL_ENUM_VALUES!r}"
    )
