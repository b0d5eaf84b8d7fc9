from typing import Literal

RealtimeAudioFormatsPCMAudioFormatRate = Literal[24000]

REALTIME_AUDIO_FORMATS_PCM_AUDIO_FORMAT_RATE_VALUES: set[RealtimeAudioFormatsPCMAudioFormatRate] = {
    24000,
}


def check_realtime_audio_formats_pcm_audio_format_rate(
    value: int,
) -> RealtimeAudioFormatsPCMAudioFormatRate:
    if value in REALTIME_AUDIO_FORMATS_PCM_AUDIO_FORMAT_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_AUDIO_FORMATS_PCM_AUDIO_FORMAT_RATE_VALUES!r}"
    )
