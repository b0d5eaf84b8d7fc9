"""The I/O-free core of ``.parse`` and ``.stream``: the request body they send and the
parsed result they build from the answer (chat completions and responses).

``prepare(kind, body, extra)`` turns a type given as ``response_format`` / ``text_format``
into its strict ``json_schema`` format and notes the tools whose arguments parse into
models; ``Prepared.chat_completion(data)`` / ``Prepared.response(data)`` build the
``ParsedChatCompletion`` / ``ParsedResponse`` from the decoded body. The requester's two
drivers only send.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs
from integrations_openai_api._facade_runtime import UNSET

from ..errors import ConfigurationError, ContentFilterFinishReasonError, LengthFinishReasonError
from ._convert import parse_json
from ._partial import partial_json
from ._schema import is_model_type, schema_name, strict_json_schema
from ._tools import tool_models

__all__ = ["Prepared", "prepare"]

_KINDS = frozenset(
    {"chat.parse", "chat.stream", "responses.parse", "responses.stream", "assistants.stream"}
)


def _chat_completion(data: Mapping[str, Any]) -> Any:
    """The unparsed ``ChatCompletion`` of a decoded body (what a finish-reason error holds)."""
    from integrations_openai_api.models.create_chat_completion_response import (
        CreateChatCompletionResponse,
    )

    return CreateChatCompletionResponse.from_dict(dict(data))


def _json_schema_format(tp: type) -> dict[str, Any]:
    # the SDK's key order (chat's json_schema), so the bytes sent match its
    return {"schema": strict_json_schema(tp), "name": schema_name(tp), "strict": True}


@attrs.frozen
class Prepared:
    """The body to send, and what the answer parses into."""

    body: dict[str, Any]
    output_type: type | None = None
    tools: Mapping[str, Any] = attrs.field(factory=dict)

    def parse_content(self, content: str | None) -> Any:
        """The message text as the output type (``None`` without a type or a text)."""
        if self.output_type is None or content is None:
            return None
        return parse_json(self.output_type, content, what="the structured answer")

    def parse_arguments(self, name: str | None, arguments: str | None) -> Any:
        """A tool call's arguments as its tool's model (decoded JSON for another strict
        tool, ``None`` for the rest)."""
        model = self.tools.get(name or "")
        if model is None or arguments is None:
            return None
        return parse_json(model, arguments, what=f"the arguments of tool {name!r}")

    def _partial_content(self, content: str | None) -> Any:
        if self.output_type is None or not content:
            return None
        return partial_json(content)

    def _partial_arguments(self, name: str | None, arguments: str | None) -> Any:
        if (name or "") not in self.tools or not arguments:
            return None
        return partial_json(arguments)

    def check_finish(
        self, data: Mapping[str, Any], snapshot: Callable[[], Any] | None = None
    ) -> None:
        """``LengthFinishReasonError`` / ``ContentFilterFinishReasonError`` for a choice
        that cannot hold a complete answer. The error carries the completion as a model (as
        the SDK's): ``snapshot()`` when streaming (no usage yet), else ``data`` as a
        ``ChatCompletion``."""
        for choice in data.get("choices") or ():
            reason = choice.get("finish_reason") if isinstance(choice, dict) else None
            if reason in ("length", "content_filter"):
                completion = snapshot() if snapshot is not None else _chat_completion(data)
                if reason == "length":
                    raise LengthFinishReasonError(completion=completion)
                raise ContentFilterFinishReasonError(completion=completion)

    def chat_completion(self, data: dict[str, Any], *, partial: bool = False) -> Any:
        """The ``ParsedChatCompletion`` of a decoded ``chat.completion`` body; ``partial``:
        of a stream's snapshot, parsed best-effort and never raising (as the SDK's)."""
        from integrations_openai_api._helper_types import (
            ParsedChatCompletion,
            ParsedChatCompletionMessage,
            ParsedChoice,
            ParsedFunction,
            ParsedFunctionToolCall,
        )

        if partial:
            content, arguments = self._partial_content, self._partial_arguments
        else:
            self.check_finish(data)
            content, arguments = self.parse_content, self.parse_arguments
        completion: ParsedChatCompletion[Any] = ParsedChatCompletion.from_dict(data)
        choices = []
        for raw in data.get("choices") or ():
            choice: ParsedChoice[Any] = ParsedChoice.from_dict(raw)
            message: ParsedChatCompletionMessage[Any] = ParsedChatCompletionMessage.from_dict(
                raw.get("message") or {}
            )
            if not message.refusal:
                message.parsed = content(message.content)
            calls = []
            for raw_call in raw.get("message", {}).get("tool_calls") or ():
                if raw_call.get("type", "function") != "function":
                    continue  # custom tool calls keep their generated type
                call = ParsedFunctionToolCall.from_dict(raw_call)
                function = ParsedFunction.from_dict(raw_call.get("function") or {})
                function.parsed_arguments = arguments(function.name, function.arguments)
                call.function = function
                calls.append(call)
            if calls:
                message.tool_calls = calls
            choice.message = message
            choices.append(choice)
        completion.choices = choices
        return completion

    def response(self, data: dict[str, Any]) -> Any:
        """The ``ParsedResponse`` of a decoded ``response`` body: ``output_parsed`` (the
        first output text), ``parsed`` on each text part, ``parsed_arguments`` on calls."""
        from integrations_openai_api._helper_types import ParsedResponse

        result: ParsedResponse[Any] = ParsedResponse.from_dict(data)
        output = list(result.output)
        for i, item in enumerate(data.get("output") or ()):
            if not isinstance(item, dict) or i >= len(output):
                continue
            if item.get("type") == "message":
                output[i] = message = self._message(item)
                for part in message.content:
                    parsed = getattr(part, "parsed", None)
                    if parsed is not None and result.output_parsed is None:
                        result.output_parsed = parsed
            elif item.get("type") == "function_call":
                output[i] = self._function_call(item)
        result.output = output
        return result

    def _message(self, item: dict[str, Any]) -> Any:
        from integrations_openai_api._helper_types import (
            ParsedResponseOutputMessage,
            ParsedResponseOutputText,
        )

        message: ParsedResponseOutputMessage[Any] = ParsedResponseOutputMessage.from_dict(item)
        parts: list[Any] = list(message.content)
        for j, part in enumerate(item.get("content") or ()):
            if isinstance(part, dict) and part.get("type") == "output_text" and j < len(parts):
                text: ParsedResponseOutputText[Any] = ParsedResponseOutputText.from_dict(part)
                text.parsed = self.parse_content(part.get("text"))
                parts[j] = text
        message.content = parts
        return message

    def _function_call(self, item: dict[str, Any]) -> Any:
        from integrations_openai_api._helper_types import ParsedResponseFunctionToolCall

        call = ParsedResponseFunctionToolCall.from_dict(item)
        call.parsed_arguments = self.parse_arguments(item.get("name"), item.get("arguments"))
        return call


def prepare(kind: str, body: Mapping[str, object] | None, extra: Mapping[str, object]) -> Prepared:
    """The request body of a ``.parse``/``.stream`` call and what its answer parses into."""
    if kind not in _KINDS:
        raise ConfigurationError(f"unknown helper {kind!r}")
    fields = {k: v for k, v in (body or {}).items() if v is not UNSET}
    output_type: type | None = None
    if kind.startswith("chat."):
        fmt = fields.get("response_format")
        if isinstance(fmt, type):
            output_type = fmt
            fields["response_format"] = {
                "type": "json_schema",
                "json_schema": _json_schema_format(fmt),
            }
    elif kind.startswith("responses."):
        fmt = extra.get("text_format", UNSET)
        if fmt is not UNSET:
            if not is_model_type(fmt):
                raise ConfigurationError(
                    "text_format must be a pydantic model, dataclass, attrs class or TypedDict"
                )
            assert isinstance(fmt, type)
            output_type = fmt
            text = dict(fields.get("text") or {})  # type: ignore[call-overload]
            chat_style = _json_schema_format(fmt)
            text["format"] = {  # the SDK's key order for the Responses text format
                "type": "json_schema",
                "strict": True,
                "name": chat_style["name"],
                "schema": chat_style["schema"],
            }
            fields["text"] = text
        if "tools" in fields:
            fields["tools"] = [_flat_tool(t) for t in fields["tools"]]  # type: ignore[attr-defined]
    tools = tool_models(fields.get("tools"), require_strict=kind.startswith("chat."))
    if kind.endswith(".stream"):
        fields["stream"] = True
    elif kind == "chat.parse":
        fields["stream"] = False  # said explicitly, as the SDK's chat .parse sends it
    if "stream" in fields and body and "stream" in body:
        # The generated method leaves `stream` where the SDK writes it: keep the body's order.
        rank = {key: i for i, key in enumerate(body)}
        fields = dict(sorted(fields.items(), key=lambda kv: rank.get(kv[0], len(rank))))
    return Prepared(fields, output_type, tools)


def _flat_tool(tool: Any) -> Any:
    """A chat-style function tool (``pydantic_function_tool``) in the Responses shape."""
    if isinstance(tool, dict) and tool.get("type") == "function" and "function" in tool:
        function = tool["function"]
        # the SDK's keys (a null description included), then any other option given
        flat = {
            "type": "function",
            "name": function.get("name"),
            "description": function.get("description"),
            "parameters": function.get("parameters"),
            "strict": function.get("strict") or False,
        }
        flat.update({k: v for k, v in function.items() if k not in flat})
        if hasattr(tool, "model"):
            from ._tools import PydanticFunctionTool

            return PydanticFunctionTool(flat, tool.model)
        return flat
    return tool
