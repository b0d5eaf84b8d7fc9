from typing import Literal

CreateChatCompletionRequestAudioFormat = Literal["aac", "flac", "mp3", "opus", "pcm16", "wav"]

CREATE_CHAT_COMPLETION_REQUEST_AUDIO_FORMAT_VALUES: set[CreateChatCompletionRequestAudioFormat] = {
    "aac",
    "flac",
    "mp3",
    "opus",
    "pcm16",
    "wav",
}


def check_create_chat_completion_request_audio_format(
    value: str,
) -> CreateChatCompletionRequestAudioFormat:
    if value in CREATE_CHAT_COMPLETION_REQUEST_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_REQUEST_AUDIO_FORMAT_VALUES!r}"
    )
