from typing import Literal

VoiceIdsSharedEnum = Literal[
    "alloy", "ash", "ballad", "cedar", "coral", "echo", "marin", "sage", "shimmer", "verse"
]

VOICE_IDS_SHARED_ENUM_VALUES: set[VoiceIdsSharedEnum] = {
    "alloy",
    "ash",
    "ballad",
    "cedar",
    "coral",
    "echo",
    "marin",
    "sage",
    "shimmer",
    "verse",
}


def check_voice_ids_shared_enum(value: str) -> VoiceIdsSharedEnum:
    if value in VOICE_IDS_SHARED_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_IDS_SHARED_ENUM_VALUES!r}")
