from typing import Literal

WebSearchContextSize = Literal["high", "low", "medium"]

WEB_SEARCH_CONTEXT_SIZE_VALUES: set[WebSearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_web_search_context_size(value: str) -> WebSearchContextSize:
    if value in WEB_SEARCH_CONTEXT_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_CONTEXT_SIZE_VALUES!r}"
    )
