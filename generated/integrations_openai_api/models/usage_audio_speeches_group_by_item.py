from typing import Literal

UsageAudioSpeechesGroupByItem = Literal["api_key_id", "model", "project_id", "user_id"]

USAGE_AUDIO_SPEECHES_GROUP_BY_ITEM_VALUES: set[UsageAudioSpeechesGroupByItem] = {
    "api_key_id",
    "model",
    "project_id",
    "user_id",
}


def check_usage_audio_speeches_group_by_item(value: str) -> UsageAudioSpeechesGroupByItem:
    if value in USAGE_AUDIO_SPEECHES_GROUP_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USAGE_AUDIO_SPEECHES_GROUP_BY_ITEM_VALUES!r}"
    )
