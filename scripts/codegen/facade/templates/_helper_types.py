"""Result and event types of the SDK-style helpers (``.parse``, ``.stream``).

Written verbatim by ``scripts/codegen/facade`` (never edited by hand). The facade names these
types in its signatures; the behaviour behind them lives in the hand-written layer
(``integrations_openai.structured`` builds the parsed results, ``integrations_openai.stream``
the stream managers), which implements the protocols below. Imports only go downward.

The parsed results subclass the generated models (every field, ``to_dict()``... as usual)
and add what the SDK adds: ``message.parsed``, ``function.parsed_arguments``,
``response.output_parsed``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeAlias, TypeVar, Union

import attrs

from .models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
from .models.chat_completion_message_tool_call_function import (
    ChatCompletionMessageToolCallFunction,
)
from .models.chat_completion_response_message import ChatCompletionResponseMessage
from .models.chat_completion_token_logprob import ChatCompletionTokenLogprob
from .models.create_chat_completion_response import CreateChatCompletionResponse
from .models.create_chat_completion_response_choices_item import (
    CreateChatCompletionResponseChoicesItem,
)
from .models.function_tool_call import FunctionToolCall
from .models.output_message import OutputMessage
from .models.output_text_content import OutputTextContent
from .models.response_completed_event import (
    ResponseCompletedEvent as _RawResponseCompletedEvent,
)
from .models.response_function_call_arguments_delta_event import (
    ResponseFunctionCallArgumentsDeltaEvent as _RawResponseFunctionCallArgumentsDeltaEvent,
)
from .models.response_object import ResponseObject
from .models.response_text_delta_event import ResponseTextDeltaEvent as _RawResponseTextDeltaEvent
from .models.response_text_done_event import ResponseTextDoneEvent as _RawResponseTextDoneEvent

if TYPE_CHECKING:
    from .models.create_chat_completion_stream_response import (
        CreateChatCompletionStreamResponse,
    )
    from .models.message_object import MessageObject
    from .models.refusal_content import RefusalContent
    from .models.run_object import RunObject
    from .models.run_step_object import RunStepObject
    from .unions import AssistantStreamEvent
    # facade: parsed output imports

__all__ = [
    "AssistantStreamHandler",
    "AssistantStreamManager",
    "AsyncAssistantStreamHandler",
    "AsyncAssistantStreamManager",
    "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager",
    "AsyncHandlerT",
    "AsyncResponseStream",
    "AsyncResponseStreamManager",
    "ChatCompletionStream",
    "ChatCompletionStreamEvent",
    "ChatCompletionStreamManager",
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "HandlerT",
    "LogprobsContentDeltaEvent",
    "LogprobsContentDoneEvent",
    "LogprobsRefusalDeltaEvent",
    "LogprobsRefusalDoneEvent",
    "ParsedChatCompletion",
    "ParsedChatCompletionMessage",
    "ParsedChoice",
    "ParsedFunction",
    "ParsedFunctionToolCall",
    "ParsedResponse",
    "ParsedResponseFunctionToolCall",
    "ParsedResponseOutputMessage",
    "ParsedResponseOutputText",
    "ParsedT",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
    "ResponseCompletedEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseStream",
    "ResponseStreamManager",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
]

T = TypeVar("T")
# The type a ``.parse``/``.stream`` call parses the answer into (``response_format=``...);
# ``None`` when the call names none (PEP 696 default: the type checker needs no annotation).
if TYPE_CHECKING:
    from typing_extensions import TypeVar as _DefaultTypeVar

    ParsedT = _DefaultTypeVar("ParsedT", default=None)
else:
    ParsedT = TypeVar("ParsedT")


# ---- parsed results --------------------------------------------------------------------
# Plain subclasses (no attrs decorator): the generated from_dict builds them through
# ``cls(...)``, and the extra attributes live in the instance dict.


class ParsedFunction(ChatCompletionMessageToolCallFunction):
    """A tool call's function; ``parsed_arguments`` is the arguments as the tool's model
    (strict tools made by ``pydantic_function_tool``), else ``None``."""

    parsed_arguments: object = None


class ParsedFunctionToolCall(ChatCompletionMessageToolCall):
    """A function tool call whose ``function`` carries ``parsed_arguments``."""

    function: ParsedFunction


class ParsedChatCompletionMessage(ChatCompletionResponseMessage, Generic[T]):
    """The assistant message; ``parsed`` is the content as the ``response_format`` type
    (``None`` without one, or when the model refused: see ``refusal``)."""

    parsed: T | None = None
    tool_calls: list[ParsedFunctionToolCall] | None  # type: ignore[assignment]


class ParsedChoice(CreateChatCompletionResponseChoicesItem, Generic[T]):
    """One choice whose ``message`` is parsed."""

    message: ParsedChatCompletionMessage[T]


class ParsedChatCompletion(CreateChatCompletionResponse, Generic[T]):
    """A chat completion whose choices carry ``message.parsed``."""

    choices: list[ParsedChoice[T]]  # type: ignore[assignment]


class ParsedResponseOutputText(OutputTextContent, Generic[T]):
    """An ``output_text`` part; ``parsed`` is its text as the ``text_format`` type."""

    parsed: T | None = None


class ParsedResponseOutputMessage(OutputMessage, Generic[T]):
    """An output message whose text parts carry ``parsed``."""

    content: list[ParsedResponseOutputText[T] | RefusalContent]  # type: ignore[assignment]


class ParsedResponseFunctionToolCall(FunctionToolCall):
    """A ``function_call`` output item; ``parsed_arguments`` as the tool's model (strict
    tools made by ``pydantic_function_tool``), else ``None``."""

    parsed_arguments: object = None


class ParsedResponse(ResponseObject, Generic[T]):
    """A response; ``output_parsed`` is its output text as the ``text_format`` type. Its
    messages are ``ParsedResponseOutputMessage`` and its function calls
    ``ParsedResponseFunctionToolCall`` (subclasses of the items ``output`` declares)."""

    output_parsed: T | None = None
    # The generator writes every item type of `ResponseObject.output` here, the two above
    # swapped in, so `if item.type == "message":` narrows to a message with `.parsed`.
    output: list[ParsedResponseOutputMessage[T] | ParsedResponseFunctionToolCall]  # type: ignore[assignment]  # facade: parsed output


# ---- responses stream events the helper wraps (the SDK's, with what it adds on) ----------


class ResponseTextDeltaEvent(_RawResponseTextDeltaEvent):
    """``response.output_text.delta`` from ``responses.stream``: ``snapshot`` is the part's
    text so far."""

    snapshot: str = ""


class ResponseTextDoneEvent(_RawResponseTextDoneEvent, Generic[T]):
    """``response.output_text.done`` from ``responses.stream``: ``parsed`` is the text as
    the ``text_format`` type (``None`` without one)."""

    parsed: T | None = None


class ResponseFunctionCallArgumentsDeltaEvent(_RawResponseFunctionCallArgumentsDeltaEvent):
    """``response.function_call_arguments.delta`` from ``responses.stream``: ``snapshot`` is
    the call's arguments so far."""

    snapshot: str = ""


class ResponseCompletedEvent(_RawResponseCompletedEvent, Generic[T]):
    """``response.completed`` from ``responses.stream``: ``response`` is the
    ``ParsedResponse``."""

    response: ParsedResponse[T]


if TYPE_CHECKING:
    # What `responses.stream` yields: the spec's events, the four above in place of theirs
    # (the generator lists the members).
    ResponseStreamHelperEvent: TypeAlias = ResponseTextDeltaEvent  # facade: stream events


# ---- chat stream events (besides each raw chunk) ------------------------------------------


@attrs.frozen(slots=True)
class ChunkEvent:
    """One raw ``chat.completion.chunk`` as it arrived; ``snapshot`` is the completion so
    far, built when read (read it while handling this event: it is not kept per chunk)."""

    chunk: CreateChatCompletionStreamResponse
    snapshot_factory: Callable[[], ParsedChatCompletion[Any]] | None = attrs.field(
        default=None, repr=False, eq=False
    )
    type: Literal["chunk"] = "chunk"

    @property
    def snapshot(self) -> ParsedChatCompletion[Any] | None:
        """The completion accumulated up to now (``None`` without a stream behind it)."""
        return None if self.snapshot_factory is None else self.snapshot_factory()


@attrs.frozen(slots=True)
class ContentDeltaEvent:
    """More content text of choice ``index``: ``delta`` new, ``snapshot`` all so far;
    ``parsed`` the JSON so far, completed best-effort (with a response format, else None)."""

    delta: str
    snapshot: str
    index: int = 0
    parsed: object = None
    type: Literal["content.delta"] = "content.delta"


@attrs.frozen(slots=True)
class ContentDoneEvent(Generic[T]):
    """The content of choice ``index`` is complete; ``parsed`` as the response format type."""

    content: str
    parsed: T | None = None
    index: int = 0
    type: Literal["content.done"] = "content.done"


@attrs.frozen(slots=True)
class RefusalDeltaEvent:
    """More refusal text: the model declines to answer in the requested format."""

    delta: str
    snapshot: str
    index: int = 0
    type: Literal["refusal.delta"] = "refusal.delta"


@attrs.frozen(slots=True)
class RefusalDoneEvent:
    """The refusal is complete."""

    refusal: str
    index: int = 0
    type: Literal["refusal.done"] = "refusal.done"


@attrs.frozen(slots=True)
class FunctionToolCallArgumentsDeltaEvent:
    """More arguments of tool call ``index``: ``arguments_delta`` new, ``arguments`` so far."""

    name: str
    index: int
    arguments: str
    arguments_delta: str
    parsed_arguments: object = None
    type: Literal["tool_calls.function.arguments.delta"] = "tool_calls.function.arguments.delta"


@attrs.frozen(slots=True)
class FunctionToolCallArgumentsDoneEvent:
    """The arguments of tool call ``index`` are complete (parsed for a strict tool model)."""

    name: str
    index: int
    arguments: str
    parsed_arguments: object = None
    type: Literal["tool_calls.function.arguments.done"] = "tool_calls.function.arguments.done"


@attrs.frozen(slots=True)
class LogprobsContentDeltaEvent:
    """Log probabilities of the content tokens that just arrived (``content``); ``snapshot``
    holds all of them so far, built when read."""

    content: list[ChatCompletionTokenLogprob]
    snapshot_factory: Callable[[], list[ChatCompletionTokenLogprob]] = attrs.field(
        repr=False, eq=False
    )
    type: Literal["logprobs.content.delta"] = "logprobs.content.delta"

    @property
    def snapshot(self) -> list[ChatCompletionTokenLogprob]:
        """Every content token's log probabilities so far."""
        return self.snapshot_factory()


@attrs.frozen(slots=True)
class LogprobsContentDoneEvent:
    """The content's log probabilities are complete."""

    content: list[ChatCompletionTokenLogprob]
    type: Literal["logprobs.content.done"] = "logprobs.content.done"


@attrs.frozen(slots=True)
class LogprobsRefusalDeltaEvent:
    """Log probabilities of the refusal tokens that just arrived (``refusal``); ``snapshot``
    holds all of them so far, built when read."""

    refusal: list[ChatCompletionTokenLogprob]
    snapshot_factory: Callable[[], list[ChatCompletionTokenLogprob]] = attrs.field(
        repr=False, eq=False
    )
    type: Literal["logprobs.refusal.delta"] = "logprobs.refusal.delta"

    @property
    def snapshot(self) -> list[ChatCompletionTokenLogprob]:
        """Every refusal token's log probabilities so far."""
        return self.snapshot_factory()


@attrs.frozen(slots=True)
class LogprobsRefusalDoneEvent:
    """The refusal's log probabilities are complete."""

    refusal: list[ChatCompletionTokenLogprob]
    type: Literal["logprobs.refusal.done"] = "logprobs.refusal.done"


ChatCompletionStreamEvent = Union[  # noqa: UP007 - a generic alias needs Union at runtime
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent[T],
    RefusalDeltaEvent,
    RefusalDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent,
    LogprobsRefusalDeltaEvent,
    LogprobsRefusalDoneEvent,
]


# ---- stream managers (implemented by integrations_openai.stream) ---------------------------


class ChatCompletionStream(Protocol[T]):
    """Events of a chat completion stream, and the completion they build."""

    def __iter__(self) -> Iterator[ChatCompletionStreamEvent[T]]: ...
    @property
    def current_completion_snapshot(self) -> ParsedChatCompletion[T]: ...
    def get_final_completion(self) -> ParsedChatCompletion[T]: ...
    def until_done(self) -> ChatCompletionStream[T]: ...
    def close(self) -> None: ...


class ChatCompletionStreamManager(Protocol[T]):
    """``with client.chat.completions.stream(...) as stream``: the request starts on enter."""

    def __enter__(self) -> ChatCompletionStream[T]: ...
    def __exit__(self, *exc: object) -> None: ...


class AsyncChatCompletionStream(Protocol[T]):
    """The async twin of ``ChatCompletionStream``."""

    def __aiter__(self) -> AsyncIterator[ChatCompletionStreamEvent[T]]: ...
    @property
    def current_completion_snapshot(self) -> ParsedChatCompletion[T]: ...
    async def get_final_completion(self) -> ParsedChatCompletion[T]: ...
    async def until_done(self) -> AsyncChatCompletionStream[T]: ...
    async def close(self) -> None: ...


class AsyncChatCompletionStreamManager(Protocol[T]):
    """``async with client.chat.completions.stream(...) as stream``."""

    async def __aenter__(self) -> AsyncChatCompletionStream[T]: ...
    async def __aexit__(self, *exc: object) -> None: ...


class ResponseStream(Protocol[T]):
    """Typed Responses events, the text as it comes, and the final (parsed) response."""

    def __iter__(self) -> Iterator[ResponseStreamHelperEvent[T]]: ...
    @property
    def text_deltas(self) -> Iterator[str]: ...
    def get_final_response(self) -> ParsedResponse[T]: ...
    def until_done(self) -> ResponseStream[T]: ...
    def close(self) -> None: ...


class ResponseStreamManager(Protocol[T]):
    """``with client.responses.stream(...) as stream``: the request starts on enter."""

    def __enter__(self) -> ResponseStream[T]: ...
    def __exit__(self, *exc: object) -> None: ...


class AsyncResponseStream(Protocol[T]):
    """The async twin of ``ResponseStream``."""

    def __aiter__(self) -> AsyncIterator[ResponseStreamHelperEvent[T]]: ...
    @property
    def text_deltas(self) -> AsyncIterator[str]: ...
    async def get_final_response(self) -> ParsedResponse[T]: ...
    async def until_done(self) -> AsyncResponseStream[T]: ...
    async def close(self) -> None: ...


class AsyncResponseStreamManager(Protocol[T]):
    """``async with client.responses.stream(...) as stream``."""

    async def __aenter__(self) -> AsyncResponseStream[T]: ...
    async def __aexit__(self, *exc: object) -> None: ...


# ---- Assistants streams (the handler is the stream: integrations_openai.AssistantEventHandler)


class AssistantStreamHandler(Protocol):
    """What ``with client.beta.threads.runs.stream(...) as stream`` gives: the event
    handler, which is also the stream."""

    def __iter__(self) -> Iterator[AssistantStreamEvent]: ...
    @property
    def text_deltas(self) -> Iterator[str]: ...
    @property
    def current_run(self) -> RunObject | None: ...
    def until_done(self) -> None: ...
    def get_final_run(self) -> RunObject: ...
    def get_final_messages(self) -> list[MessageObject]: ...
    def get_final_run_steps(self) -> list[RunStepObject]: ...
    def close(self) -> None: ...


class AsyncAssistantStreamHandler(Protocol):
    """The async twin of ``AssistantStreamHandler``."""

    def __aiter__(self) -> AsyncIterator[AssistantStreamEvent]: ...
    @property
    def text_deltas(self) -> AsyncIterator[str]: ...
    @property
    def current_run(self) -> RunObject | None: ...
    async def until_done(self) -> None: ...
    async def get_final_run(self) -> RunObject: ...
    async def get_final_messages(self) -> list[MessageObject]: ...
    async def get_final_run_steps(self) -> list[RunStepObject]: ...
    async def close(self) -> None: ...


# The caller's handler class (a subclass of AssistantEventHandler); the default one if none.
if TYPE_CHECKING:
    HandlerT = _DefaultTypeVar(
        "HandlerT", bound=AssistantStreamHandler, default=AssistantStreamHandler, covariant=True
    )
    AsyncHandlerT = _DefaultTypeVar(
        "AsyncHandlerT",
        bound=AsyncAssistantStreamHandler,
        default=AsyncAssistantStreamHandler,
        covariant=True,
    )
else:
    HandlerT = TypeVar("HandlerT", covariant=True)
    AsyncHandlerT = TypeVar("AsyncHandlerT", covariant=True)


class AssistantStreamManager(Protocol[HandlerT]):
    """``with client.beta.threads.runs.stream(...) as handler``: sends on enter."""

    def __enter__(self) -> HandlerT: ...
    def __exit__(self, *exc: object) -> None: ...


class AsyncAssistantStreamManager(Protocol[AsyncHandlerT]):
    """``async with client.beta.threads.runs.stream(...) as handler``."""

    async def __aenter__(self) -> AsyncHandlerT: ...
    async def __aexit__(self, *exc: object) -> None: ...
