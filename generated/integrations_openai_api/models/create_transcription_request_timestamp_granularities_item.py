from typing import Literal

CreateTranscriptionRequestTimestampGranularitiesItem = Literal["segment", "word"]

CREATE_TRANSCRIPTION_REQUEST_TIMESTAMP_GRANULARITIES_ITEM_VALUES: set[
    CreateTranscriptionRequestTimestampGranularitiesItem
] = {
    "segment",
    "word",
}


def check_create_transcription_request_timestamp_granularities_item(
    value: str,
) -> CreateTranscriptionRequestTimestampGranularitiesItem:
    if value in CREATE_TRANSCRIPTION_REQUEST_TIMESTAMP_GRANULARITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TRANSCRIPTION_REQUEST_TIMESTAMP_GRANULARITIES_ITEM_VALUES!r}"
    )
