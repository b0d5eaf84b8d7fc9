from typing import Literal

CreateSpeechRequestStreamFormat = Literal["audio", "sse"]

CREATE_SPEECH_REQUEST_STREAM_FORMAT_VALUES: set[CreateSpeechRequestStreamFormat] = {
    "audio",
    "sse",
}


def check_create_speech_request_stream_format(value: str) -> CreateSpeechRequestStreamFormat:
    if value in CREATE_SPEECH_REQUEST_STREAM_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SPEECH_REQUEST_STREAM_FORMAT_VALUES!r}"
    )
