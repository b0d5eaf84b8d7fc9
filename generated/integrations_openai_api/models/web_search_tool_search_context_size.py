from typing import Literal

WebSearchToolSearchContextSize = Literal["high", "low", "medium"]

WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES: set[WebSearchToolSearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_web_search_tool_search_context_size(value: str) -> WebSearchToolSearchContextSize:
    if value in WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES!r}"
    )
