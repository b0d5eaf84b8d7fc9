"""``pydantic_function_tool``: a strict function tool whose arguments parse into a model."""

from __future__ import annotations

from typing import Any

from ..errors import ConfigurationError
from ._schema import schema_name, strict_json_schema

__all__ = ["PydanticFunctionTool", "pydantic_function_tool", "tool_models"]


class PydanticFunctionTool(dict[str, Any]):
    """A chat ``tools`` entry (a plain dict on the wire) that remembers its model, so
    ``.parse``/``.stream`` can turn the call's arguments into ``parsed_arguments``."""

    __slots__ = ("model",)

    def __init__(self, data: dict[str, Any], model: type) -> None:
        super().__init__(data)
        self.model = model


def pydantic_function_tool(
    model: type, *, name: str | None = None, description: str | None = None
) -> PydanticFunctionTool:
    """A strict function tool from ``model`` (pydantic model, dataclass, attrs class or
    TypedDict): ``{"type": "function", "function": {"name", "parameters", "strict": true}}``.
    The name defaults to the class name, the description to its docstring."""
    schema = strict_json_schema(model)
    function: dict[str, Any] = {
        "name": name or schema_name(model),
        "strict": True,
        "parameters": schema,
    }
    doc = description or schema.get("description")
    if doc:
        function["description"] = doc
    return PydanticFunctionTool({"type": "function", "function": function}, model)


def tool_models(tools: object, *, require_strict: bool = True) -> dict[str, Any]:
    """Function name -> what ``.parse``/``.stream`` parses its arguments into: the model of
    a ``pydantic_function_tool``, ``Any`` (plain JSON) for another strict function tool.

    As in the official SDK, chat's helpers (``require_strict``) refuse a non-strict
    function tool, whose parsed arguments would be a promise the API does not keep; the
    Responses and Assistants helpers accept it and leave its arguments unparsed.
    """
    if not isinstance(tools, list | tuple):
        return {}
    models: dict[str, Any] = {}
    for tool in tools:
        if not isinstance(tool, dict) or tool.get("type") != "function":
            continue
        function = tool.get("function", tool)  # the Responses API nests nothing
        name = function.get("name") if isinstance(function, dict) else None
        if not isinstance(function, dict) or function.get("strict") is not True:
            if not require_strict:
                continue
            raise ConfigurationError(
                f"tool {name!r} is not strict: only strict function tools can be parsed"
                " (make it with pydantic_function_tool, or set strict: true)"
            )
        if isinstance(name, str):
            models[name] = tool.model if isinstance(tool, PydanticFunctionTool) else Any
    return models
