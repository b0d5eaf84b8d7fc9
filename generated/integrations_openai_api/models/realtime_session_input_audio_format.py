from typing import Literal

RealtimeSessionInputAudioFormat = Literal["g711_alaw", "g711_ulaw", "pcm16"]

REALTIME_SESSION_INPUT_AUDIO_FORMAT_VALUES: set[RealtimeSessionInputAudioFormat] = {
    "g711_alaw",
    "g711_ulaw",
    "pcm16",
}


def check_realtime_session_input_audio_format(value: str) -> RealtimeSessionInputAudioFormat:
    if value in REALTIME_SESSION_INPUT_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_INPUT_AUDIO_FORMAT_VALUES!r}"
    )
