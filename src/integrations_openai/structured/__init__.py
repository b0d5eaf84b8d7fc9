"""Structured outputs: strict JSON schemas from Python types, and parsed results.

``strict_json_schema(Model)`` derives the schema the API's strict mode accepts from a
pydantic model, dataclass, attrs class or TypedDict; ``strict_violations`` /
``check_strict`` test any schema against the strict rules; ``pydantic_function_tool``
makes a strict function tool. ``client.chat.completions.parse`` and
``client.responses.parse`` (and their ``.stream`` twins) use them and return
``ParsedChatCompletion`` / ``ParsedResponse``. pydantic is optional and never imported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._convert import parse_json
from ._core import Prepared, prepare
from ._schema import is_model_type, strict_json_schema
from ._strict import (
    MAX_DEPTH,
    MAX_PROPERTIES,
    SUPPORTED_KEYWORDS,
    check_strict,
    strict_violations,
    to_strict,
)
from ._tools import PydanticFunctionTool, pydantic_function_tool

if TYPE_CHECKING:
    from integrations_openai_api._helper_types import (
        ParsedChatCompletion,
        ParsedChatCompletionMessage,
        ParsedChoice,
        ParsedFunction,
        ParsedFunctionToolCall,
        ParsedResponse,
        ParsedResponseFunctionToolCall,
        ParsedResponseOutputMessage,
        ParsedResponseOutputText,
    )

__all__ = [
    "MAX_DEPTH",
    "MAX_PROPERTIES",
    "SUPPORTED_KEYWORDS",
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
    "ParsedResponse",
    "ParsedResponseFunctionToolCall",
    "ParsedResponseOutputMessage",
    "ParsedResponseOutputText",
    "Prepared",
    "PydanticFunctionTool",
    "check_strict",
    "is_model_type",
    "parse_json",
    "prepare",
    "pydantic_function_tool",
    "strict_json_schema",
    "strict_violations",
    "to_strict",
]

_RESULT_TYPES = frozenset(
    {
        "ParsedChatCompletion",
        "ParsedChatCompletionMessage",
        "ParsedChoice",
        "ParsedFunction",
        "ParsedFunctionToolCall",
        "ParsedResponse",
        "ParsedResponseFunctionToolCall",
        "ParsedResponseOutputMessage",
        "ParsedResponseOutputText",
    }
)


def __getattr__(name: str) -> Any:
    # The result types subclass generated models: loaded on first use, not at import.
    if name in _RESULT_TYPES:
        from integrations_openai_api import _helper_types

        return getattr(_helper_types, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
