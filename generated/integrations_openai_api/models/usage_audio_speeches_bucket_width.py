from typing import Literal

UsageAudioSpeechesBucketWidth = Literal["1d", "1h", "1m"]

USAGE_AUDIO_SPEECHES_BUCKET_WIDTH_VALUES: set[UsageAudioSpeechesBucketWidth] = {
    "1d",
    "1h",
    "1m",
}


def check_usage_audio_speeches_bucket_width(value: str) -> UsageAudioSpeechesBucketWidth:
    if value in USAGE_AUDIO_SPEECHES_BUCKET_WIDTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_AUDIO_SPEECHES_BUCKET_WIDTH_VALUES!r}"
    )
