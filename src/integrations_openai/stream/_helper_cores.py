"""The I/O-free cores of the stream managers (``.stream`` helpers), one per API.

Each core takes the ``(payload dict, typed event)`` pairs a ``Stream`` yields (the dict
feeds the accumulator, the typed event goes to the caller) and returns what the manager
yields; the sync and async managers in ``_managers`` only move events. ``ResponseCore`` also
decides whether a cut stream may resume (``GET /responses/{id}?stream=true&starting_after=N``)
and drops the events a resumed stream replays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import NetworkError, StreamError, TimeoutError
from ..structured import Prepared
from ..structured._partial import PartialJSON
from ._accumulators import AccumulatorEvent, ChatCompletionAccumulator, ResponseAccumulator

__all__ = ["DEFAULT_MAX_RESUMES", "ChatCore", "ResponseCore", "pair_parser"]

Pair = tuple[dict[str, Any], Any]
# A background response that keeps being cut is not worth chasing forever.
DEFAULT_MAX_RESUMES = 5
_TEXT_DELTA = "response.output_text.delta"


def pair_parser(parse: Callable[[dict[str, Any]], Any] | None) -> Callable[[dict[str, Any]], Pair]:
    """The ``Stream`` parser for a manager: the payload next to its typed event."""
    typed = parse or (lambda data: data)

    def parse_pair(data: dict[str, Any]) -> Pair:
        return data, typed(data)

    return parse_pair


class ChatCore:
    """Chat chunks -> ``ChunkEvent`` plus the derived content/refusal/tool-call events."""

    __slots__ = ("_acc", "_parseable", "_partial", "_partial_args", "prepared")

    def __init__(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self._acc: ChatCompletionAccumulator[dict[str, Any]] = ChatCompletionAccumulator()
        self._parseable = prepared.output_type is not None or bool(prepared.tools)
        self._partial: dict[int, PartialJSON] = {}  # per choice, with a response format
        self._partial_args: dict[tuple[int, int], PartialJSON] = {}  # per (choice, tool call)

    def events(self, pair: Pair) -> list[Any]:
        """What the manager yields for one chunk (raises when the answer cannot parse)."""
        from integrations_openai_api._helper_types import ChunkEvent

        data, chunk = pair
        derived = self._acc.handle(data)
        if self._parseable:
            self.prepared.check_finish(data, self.snapshot)
        out: list[Any] = [ChunkEvent(chunk, self.snapshot)]
        out.extend(self._derived(e) for e in derived)
        return out

    def _derived(self, ev: AccumulatorEvent) -> Any:
        from integrations_openai_api import _helper_types as t

        kind = ev.type
        if kind == "content.delta":
            parsed = None
            if self.prepared.output_type is not None:
                parsed = self._partial.setdefault(ev.index, PartialJSON()).feed(ev.delta or "")
            return t.ContentDeltaEvent(ev.delta or "", ev.snapshot or "", ev.index, parsed)
        if kind == "content.done":
            content = ev.snapshot or ""
            return t.ContentDoneEvent(content, self.prepared.parse_content(content), ev.index)
        if kind == "refusal.delta":
            return t.RefusalDeltaEvent(ev.delta or "", ev.snapshot or "", ev.index)
        if kind == "refusal.done":
            return t.RefusalDoneEvent(ev.snapshot or "", ev.index)
        if kind == "tool_calls.function.arguments.delta":
            return t.FunctionToolCallArgumentsDeltaEvent(
                ev.name or "",
                ev.tool_index or 0,
                ev.snapshot or "",
                ev.delta or "",
                self._partial_arguments(ev),
            )
        if kind.startswith("logprobs."):
            return _logprobs_event(kind, ev)
        arguments = ev.snapshot or ""
        return t.FunctionToolCallArgumentsDoneEvent(
            ev.name or "",
            ev.tool_index or 0,
            arguments,
            self.prepared.parse_arguments(ev.name, arguments),
        )

    def _partial_arguments(self, ev: AccumulatorEvent) -> Any:
        """A parseable tool's arguments so far as JSON, completed best-effort (as the SDK's
        ``parsed_arguments`` while streaming), fed incrementally per tool call."""
        if (ev.name or "") not in self.prepared.tools:
            return None
        key = (ev.index, ev.tool_index or 0)
        return self._partial_args.setdefault(key, PartialJSON()).feed(ev.delta or "")

    def snapshot(self) -> Any:
        """The completion so far (``ParsedChatCompletion``): ``message.parsed`` and a
        parseable tool call's ``parsed_arguments`` hold what the text describes so far."""
        snap = self._acc.snapshot
        if snap is None:
            raise StreamError("no chat.completion.chunk was received yet")
        return self.prepared.chat_completion(snap, partial=True)

    def final(self) -> Any:
        """The finished ``ParsedChatCompletion``."""
        return self.prepared.chat_completion(self._acc.final())


class ResponseCore:
    """Responses events -> typed events; the final ``ParsedResponse``; resuming."""

    __slots__ = (
        "_acc",
        "_joined_late",
        "last_sequence",
        "prepared",
        "response_id",
        "resume",
        "resumes_left",
    )

    def __init__(
        self,
        prepared: Prepared,
        *,
        resume: bool = False,
        response_id: str | None = None,
        starting_after: int | None = None,
        max_resumes: int = DEFAULT_MAX_RESUMES,
    ) -> None:
        self.prepared = prepared
        self._acc: ResponseAccumulator[Any] = ResponseAccumulator(prepared.response)
        self.resume = resume
        self.response_id = response_id
        self.last_sequence = starting_after
        self.resumes_left = max_resumes
        # Joined after the first events (``starting_after``): no snapshot until the final
        # event, which carries the whole response.
        self._joined_late = starting_after is not None

    def accept(self, pair: Pair) -> Any | None:
        """The typed event to yield, or ``None`` for an event already delivered."""
        data, event = pair
        seq = data.get("sequence_number")
        if isinstance(seq, int):
            if self.last_sequence is not None and seq <= self.last_sequence:
                return None  # replayed by a resumed stream
            self.last_sequence = seq
        if data.get("type") == "response.created":
            response = data.get("response")
            if isinstance(response, dict) and isinstance(response.get("id"), str):
                self.response_id = response["id"]
        try:
            derived = self._acc.handle(data)
        except StreamError:
            if not self._joined_late or self._acc.snapshot is not None:
                raise
            return event
        return self._wrapped(data, event, derived)

    def _wrapped(self, data: dict[str, Any], event: Any, derived: list[AccumulatorEvent]) -> Any:
        """The SDK's helper events: text and argument deltas with their ``snapshot``, the
        text's ``parsed`` when done, ``response.completed`` with the ``ParsedResponse``
        (built from the event again: few events, each small, but the last)."""
        from integrations_openai_api import _helper_types as t

        kind = data.get("type")
        if kind == "response.completed" and self._acc.snapshot is not None:
            completed: Any = t.ResponseCompletedEvent.from_dict(data)
            completed.response = self.final()
            return completed
        if not derived:
            return event
        wrapped: Any
        if kind == _TEXT_DELTA:
            wrapped = t.ResponseTextDeltaEvent.from_dict(data)
            wrapped.snapshot = derived[0].snapshot or ""
        elif kind == "response.function_call_arguments.delta":
            wrapped = t.ResponseFunctionCallArgumentsDeltaEvent.from_dict(data)
            wrapped.snapshot = derived[0].snapshot or ""
        elif kind == "response.output_text.done":
            wrapped = t.ResponseTextDoneEvent.from_dict(data)
            wrapped.parsed = self.prepared.parse_content(derived[0].snapshot)
        else:
            return event
        return wrapped

    @staticmethod
    def text_delta(pair: Pair) -> str | None:
        """The text of an ``output_text.delta`` event (``None`` for other events)."""
        data = pair[0]
        return data.get("delta") if data.get("type") == _TEXT_DELTA else None

    def can_resume(self, exc: BaseException) -> bool:
        """True (and one resume used) if ``exc`` cut a stream that may be picked up again:
        a dropped or stalled connection, not an error the server sent."""
        cut = isinstance(exc, NetworkError | TimeoutError) or (
            isinstance(exc, StreamError) and exc.body is None
        )
        if not (self.resume and cut and self.response_id and self.resumes_left > 0):
            return False
        self.resumes_left -= 1
        return True

    def resume_request(self) -> tuple[dict[str, object], dict[str, object]]:
        """Path and query of the ``GET /responses/{id}`` that continues the stream."""
        query: dict[str, object] = {"stream": True}
        if self.last_sequence is not None:
            query["starting_after"] = self.last_sequence
        return {"response_id": self.response_id}, query

    def snapshot(self) -> dict[str, Any] | None:
        """The response so far, as a dict (``None`` before ``response.created``)."""
        return self._acc.snapshot

    def final(self) -> Any:
        """The finished ``ParsedResponse`` (``StreamError`` before ``response.completed``)."""
        return self._acc.final()


def _logprobs_event(kind: str, ev: AccumulatorEvent) -> Any:
    """A ``logprobs.content.*`` / ``logprobs.refusal.*`` event, its entries typed (the
    snapshot only when read: converting every entry per chunk would be quadratic)."""
    from integrations_openai_api import _helper_types as t
    from integrations_openai_api.models.chat_completion_token_logprob import (
        ChatCompletionTokenLogprob,
    )

    def typed(entries: list[Any] | None) -> list[Any]:
        return [ChatCompletionTokenLogprob.from_dict(e) for e in entries or ()]

    def snapshot() -> list[Any]:
        return typed(ev.logprobs_snapshot)

    entries = typed(ev.logprobs)
    if kind == "logprobs.content.delta":
        return t.LogprobsContentDeltaEvent(entries, snapshot)
    if kind == "logprobs.refusal.delta":
        return t.LogprobsRefusalDeltaEvent(entries, snapshot)
    if kind == "logprobs.content.done":
        return t.LogprobsContentDoneEvent(entries)
    return t.LogprobsRefusalDoneEvent(entries)
