from typing import Literal

FileSearchRanker = Literal["auto", "default_2024_08_21"]

FILE_SEARCH_RANKER_VALUES: set[FileSearchRanker] = {
    "auto",
    "default_2024_08_21",
}


def check_file_search_ranker(value: str) -> FileSearchRanker:
    if value in FILE_SEARCH_RANKER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_SEARCH_RANKER_VALUES!r}")
