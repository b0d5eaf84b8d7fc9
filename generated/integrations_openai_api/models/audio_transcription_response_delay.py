from typing import Literal

AudioTranscriptionResponseDelay = Literal["high", "low", "medium", "minimal", "xhigh"]

AUDIO_TRANSCRIPTION_RESPONSE_DELAY_VALUES: set[AudioTranscriptionResponseDelay] = {
    "high",
    "low",
    "medium",
    "minimal",
    "xhigh",
}


def check_audio_transcription_response_delay(value: str) -> AudioTranscriptionResponseDelay:
    if value in AUDIO_TRANSCRIPTION_RESPONSE_DELAY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_TRANSCRIPTION_RESPONSE_DELAY_VALUES!r}"
    )
