from typing import Literal

CreateSpeechRequestResponseFormat = Literal["aac", "flac", "mp3", "opus", "pcm", "wav"]

CREATE_SPEECH_REQUEST_RESPONSE_FORMAT_VALUES: set[CreateSpeechRequestResponseFormat] = {
    "aac",
    "flac",
    "mp3",
    "opus",
    "pcm",
    "wav",
}


def check_create_speech_request_response_format(value: str) -> CreateSpeechRequestResponseFormat:
    if value in CREATE_SPEECH_REQUEST_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SPEECH_REQUEST_RESPONSE_FORMAT_VALUES!r}"
    )
