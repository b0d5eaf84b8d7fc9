from typing import Literal

CreateSpeechRequestModelEnum = Literal[
    "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15", "tts-1", "tts-1-hd"
]

CREATE_SPEECH_REQUEST_MODEL_ENUM_VALUES: set[CreateSpeechRequestModelEnum] = {
    "gpt-4o-mini-tts",
    "gpt-4o-mini-tts-2025-12-15",
    "tts-1",
    "tts-1-hd",
}


def check_create_speech_request_model_enum(value: str) -> CreateSpeechRequestModelEnum:
    if value in CREATE_SPEECH_REQUEST_MODEL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SPEECH_REQUEST_MODEL_ENUM_VALUES!r}"
    )
