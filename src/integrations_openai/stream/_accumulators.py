"""Build the final object of a stream from its events; I/O-free and public.

``ChatCompletionAccumulator`` turns ``chat.completion.chunk`` payloads into the final
``chat.completion`` (content, refusal, role, tool calls with arguments joined across
deltas by index, logprobs, finish reason, usage). ``ResponseAccumulator`` follows the
Responses event stream (``response.output_item.added`` ... ``response.completed``).
Both work on plain dicts (typed events with ``to_dict()`` are accepted too):
``handle(event) -> derived events``, ``snapshot`` (the object so far), ``final()`` (the
finished object, passed through the optional ``parse`` callable).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import attrs

from ..errors import StreamError
from ._events import _identity

__all__ = ["AccumulatorEvent", "ChatCompletionAccumulator", "ResponseAccumulator"]

R = TypeVar("R")
_Dict = dict[str, Any]

# What server data of the wrong shape raises while folded in (a list where a dict was
# expected, ``dict(["abc"])``, an index past the list...): a ``StreamError``, never a crash.
_MISFITS = (KeyError, IndexError, TypeError, AttributeError, ValueError, RecursionError)
# Indexes arrive in order (0, 1, 2...); a gap wider than this is not a real stream, and
# filling it would let one number ("index": 10**12) allocate without bound.
_MAX_INDEX_GAP = 128


class _OwnList(list[Any]):
    """A list the accumulator made (not one of an event's): safe to extend in place."""

    __slots__ = ()


def _choice_index(choice: _Dict) -> Any:
    return choice["index"]


def _slot(items: list[Any], index: object, fill: Callable[[], Any]) -> Any:
    """``items[index]``, growing ``items`` with ``fill()`` up to a bounded gap."""
    if not isinstance(index, int) or isinstance(index, bool) or index < 0:
        raise TypeError(f"index must be a non-negative integer, not {index!r:.40}")
    if index > len(items) + _MAX_INDEX_GAP:
        raise IndexError(f"index {index} is far past the {len(items)} items so far")
    while len(items) <= index:
        items.append(fill())
    return items[index]


@attrs.frozen(slots=True)
class AccumulatorEvent:
    """A derived event: ``delta`` is what just arrived, ``snapshot`` the text so far.

    ``type`` is one of ``content.delta``/``content.done``, ``refusal.delta``/``refusal.done``,
    ``tool_calls.function.arguments.delta``/``...done``, ``logprobs.content.delta``/``...done``,
    ``logprobs.refusal.delta``/``...done`` (chat) or ``output_text.delta``/
    ``output_text.done``, ``function_call_arguments.delta``/``...done`` (responses).
    Chat's ``*.done`` events come as the SDK's: content's (and its logprobs') when the first
    tool call starts or the choice finishes, a tool call's when the next one starts or the
    choice finishes.
    """

    type: str
    index: int = 0
    delta: str | None = None
    snapshot: str | None = None
    name: str | None = None
    tool_index: int | None = None
    logprobs: list[Any] | None = None
    """``logprobs.content.*``/``logprobs.refusal.*`` (chat): the entries that just arrived
    (``.delta``), or all of them (``.done``)."""
    logprobs_snapshot: list[Any] | None = None
    """``logprobs.*.delta``: every entry so far (the accumulator's list, which grows)."""


def _as_dict(event: object) -> _Dict:
    if isinstance(event, dict):
        return event
    to_dict = getattr(event, "to_dict", None)
    if callable(to_dict):
        value = to_dict()
        if isinstance(value, dict):
            return value
    raise StreamError(f"cannot accumulate a {type(event).__name__}: expected a dict")


class _Accumulator(Generic[R]):
    __slots__ = ("_parse",)

    def __init__(self, parse: Callable[[_Dict], R] | None = None) -> None:
        self._parse: Callable[[_Dict], R] = parse or _identity

    def handle(self, event: object) -> list[AccumulatorEvent]:
        """Fold one stream event into the snapshot; return the derived events."""
        data = _as_dict(event)
        try:
            return self._handle(data)
        except _MISFITS as exc:
            raise StreamError(
                f"stream event does not fit the stream so far: {type(exc).__name__}: {exc}",
                body=data,
            ) from None

    def _handle(self, data: _Dict) -> list[AccumulatorEvent]:
        raise NotImplementedError


@attrs.define(slots=True)
class _ChoiceState:
    """Which ``*.done`` events a choice has sent, and the tool call being streamed."""

    done: set[str] = attrs.field(factory=set)
    done_tools: set[int] = attrs.field(factory=set)
    current_tool: int | None = None


class ChatCompletionAccumulator(_Accumulator[R]):
    """Accumulate ``chat.completion.chunk`` events into one ``chat.completion``."""

    __slots__ = ("_choices", "_snapshot", "_states")

    def __init__(self, parse: Callable[[_Dict], R] | None = None) -> None:
        super().__init__(parse)
        self._snapshot: _Dict | None = None
        self._choices: dict[int, _Dict] = {}
        self._states: dict[int, _ChoiceState] = {}

    @property
    def snapshot(self) -> _Dict | None:
        """The completion so far (a ``chat.completion`` dict), ``None`` before any chunk."""
        return self._snapshot

    def _handle(self, chunk: _Dict) -> list[AccumulatorEvent]:
        snap = self._snapshot
        if snap is None:
            snap = self._snapshot = {
                "id": chunk.get("id"),
                "object": "chat.completion",
                "created": chunk.get("created"),
                "model": chunk.get("model"),
                "choices": [],
            }
        for key in ("system_fingerprint", "service_tier"):
            if chunk.get(key) is not None:
                snap[key] = chunk[key]
        if chunk.get("usage") is not None or "usage" not in snap:
            # present from the first chunk (null until a usage chunk), as the SDK's
            # snapshot: `model_dump(exclude_unset=True)` lists it
            snap["usage"] = chunk.get("usage")
        events: list[AccumulatorEvent] = []
        for choice in chunk.get("choices") or ():
            events.extend(self._choice(snap, choice))
        return events

    def _choice(self, snap: _Dict, choice: _Dict) -> list[AccumulatorEvent]:
        index = choice["index"]
        acc = self._choices.get(index)
        if acc is None:
            acc = self._choices[index] = {
                "index": index,
                "message": {"role": "assistant", "content": None, "refusal": None},
                "logprobs": None,
                "finish_reason": None,
            }
            choices: list[_Dict] = snap["choices"]
            if choices and choices[-1]["index"] > index:
                # Out of order (rare): insert in place. Re-sorting per new choice would be
                # quadratic in a chunk that opens thousands of choices.
                bisect.insort(choices, acc, key=_choice_index)
            else:
                choices.append(acc)
        message = acc["message"]
        delta = choice.get("delta") or {}
        events: list[AccumulatorEvent] = []
        if delta.get("role"):
            message["role"] = delta["role"]
        for field in ("content", "refusal"):
            piece = delta.get(field)
            # An empty piece ("" on the first chunk) is still a delta, as the SDK reports it.
            if piece is not None:
                message[field] = (message[field] or "") + piece
                events.append(AccumulatorEvent(f"{field}.delta", index, piece, message[field]))
        calls = delta.get("tool_calls") or ()
        for call in calls:
            events.append(self._tool_call(index, message, call))
        logprobs = choice.get("logprobs")
        if logprobs:
            acc_lp = acc["logprobs"] or {"content": None, "refusal": None}
            for field in ("content", "refusal"):
                if logprobs.get(field):
                    # Extended in place: rebuilding the list per chunk is quadratic.
                    acc_lp[field] = acc_lp[field] or []
                    acc_lp[field].extend(logprobs[field])
                    events.append(
                        AccumulatorEvent(
                            f"logprobs.{field}.delta",
                            index,
                            logprobs=logprobs[field],
                            logprobs_snapshot=acc_lp[field],
                        )
                    )
            acc["logprobs"] = acc_lp
        if choice.get("finish_reason"):
            acc["finish_reason"] = choice["finish_reason"]
        events.extend(self._done(index, acc, calls))
        return events

    @staticmethod
    def _tool_call(index: int, message: _Dict, delta: _Dict) -> AccumulatorEvent:
        calls: list[_Dict] = message.setdefault("tool_calls", [])
        tool_index = delta["index"]
        call = _slot(
            calls,
            tool_index,
            lambda: {"id": None, "type": "function", "function": {"name": "", "arguments": ""}},
        )
        if delta.get("id"):
            call["id"] = delta["id"]
        if delta.get("type"):
            call["type"] = delta["type"]
        fn = delta.get("function") or {}
        if fn.get("name"):
            call["function"]["name"] += fn["name"]
        piece = fn.get("arguments") or ""
        call["function"]["arguments"] += piece
        return AccumulatorEvent(
            "tool_calls.function.arguments.delta",
            index,
            piece,
            call["function"]["arguments"],
            name=call["function"]["name"],
            tool_index=tool_index,
        )

    def _done(self, index: int, acc: _Dict, calls: Any) -> list[AccumulatorEvent]:
        """The ``*.done`` events this chunk closes (the SDK's moments, see the class)."""
        state = self._states.setdefault(index, _ChoiceState())
        events: list[AccumulatorEvent] = []
        if acc["finish_reason"]:
            events += self._text_done(index, acc, state)
            if state.current_tool is not None:
                events += self._tool_done(index, acc["message"], state, state.current_tool)
        for call in calls:
            if state.current_tool != call["index"]:
                events += self._text_done(index, acc, state)
                if state.current_tool is not None:
                    events += self._tool_done(index, acc["message"], state, state.current_tool)
            state.current_tool = call["index"]
        return events

    @staticmethod
    def _text_done(index: int, acc: _Dict, state: _ChoiceState) -> list[AccumulatorEvent]:
        message, logprobs = acc["message"], acc["logprobs"] or {}
        ready = {
            # Empty content is no answer (a refusal stream opens with content ""); a
            # refusal is.
            "content": bool(message["content"]),
            "refusal": message["refusal"] is not None,
            "logprobs.content": logprobs.get("content") is not None,
            "logprobs.refusal": logprobs.get("refusal") is not None,
        }
        events = []
        for kind, present in ready.items():
            if not present or kind in state.done:
                continue
            state.done.add(kind)
            if kind.startswith("logprobs."):
                field = kind.removeprefix("logprobs.")
                events.append(AccumulatorEvent(f"{kind}.done", index, logprobs=logprobs[field]))
            else:
                events.append(AccumulatorEvent(f"{kind}.done", index, snapshot=message[kind]))
        return events

    @staticmethod
    def _tool_done(
        index: int, message: _Dict, state: _ChoiceState, tool_index: int
    ) -> list[AccumulatorEvent]:
        if tool_index in state.done_tools:
            return []
        state.done_tools.add(tool_index)
        fn = message["tool_calls"][tool_index]["function"]
        return [
            AccumulatorEvent(
                "tool_calls.function.arguments.done",
                index,
                snapshot=fn["arguments"],
                name=fn["name"],
                tool_index=tool_index,
            )
        ]

    def final(self) -> R:
        """The finished ``chat.completion`` (through ``parse``); ``StreamError`` if empty."""
        if self._snapshot is None:
            raise StreamError("no chat.completion.chunk was received")
        return self._parse(self._snapshot)


# Delta events that append a string to a field of an output item (no content index).
_ITEM_DELTAS = {
    "response.function_call_arguments.delta": "arguments",
    "response.mcp_call_arguments.delta": "arguments",
    "response.custom_tool_call_input.delta": "input",
    "response.code_interpreter_call_code.delta": "code",
}
_ITEM_DONES = {
    "response.function_call_arguments.done": "arguments",
    "response.mcp_call_arguments.done": "arguments",
    "response.custom_tool_call_input.done": "input",
    "response.code_interpreter_call_code.done": "code",
}
_FINAL_TYPES = frozenset({"response.completed", "response.failed", "response.incomplete"})
_SNAPSHOT_TYPES = frozenset({"response.created", "response.in_progress", "response.queued"})


class ResponseAccumulator(_Accumulator[R]):
    """Accumulate a Responses event stream into the final ``response`` object."""

    __slots__ = ("_final", "_snapshot")

    def __init__(self, parse: Callable[[_Dict], R] | None = None) -> None:
        super().__init__(parse)
        self._snapshot: _Dict | None = None
        self._final: _Dict | None = None

    @property
    def snapshot(self) -> _Dict | None:
        """The response so far, ``None`` before ``response.created``."""
        return self._snapshot

    def _item(self, event: _Dict) -> _Dict:
        if self._snapshot is None:
            raise KeyError("output item event before response.created")
        item: _Dict = self._snapshot["output"][event["output_index"]]
        return item

    def _handle(self, event: _Dict) -> list[AccumulatorEvent]:
        kind = event["type"]
        if not isinstance(kind, str):
            return []  # an unusable discriminator is an unknown event: it changes nothing
        if kind in _SNAPSHOT_TYPES:
            snap = dict(event["response"])
            snap["output"] = list(snap.get("output") or [])
            self._snapshot = snap
            return []
        if kind in _FINAL_TYPES:
            final = dict(event["response"])
            if not final.get("output") and self._snapshot and self._snapshot["output"]:
                # Keep what was streamed if the closing event carries no output.
                final["output"] = self._snapshot["output"]
            self._snapshot = self._final = final
            return []
        if kind == "response.output_item.added":
            if self._snapshot is None:
                raise KeyError("response.output_item.added before response.created")
            self._snapshot["output"].insert(event["output_index"], dict(event["item"]))
        elif kind == "response.output_item.done":
            self._item(event)  # must exist
            self._snapshot["output"][event["output_index"]] = event["item"]  # type: ignore[index]
        elif kind == "response.content_part.added":
            self._item(event).setdefault("content", []).insert(
                event["content_index"], dict(event["part"])
            )
        elif kind == "response.content_part.done":
            self._item(event)["content"][event["content_index"]] = event["part"]
        elif kind == "response.output_text.delta":
            part = self._item(event)["content"][event["content_index"]]
            part["text"] = part.get("text", "") + event["delta"]
            if event.get("logprobs"):
                logprobs = part.get("logprobs")
                if not isinstance(logprobs, _OwnList):  # copy the server's list once, then
                    logprobs = part["logprobs"] = _OwnList(logprobs or ())  # extend in place
                logprobs.extend(event["logprobs"])
            return [
                AccumulatorEvent(
                    "output_text.delta", event["output_index"], event["delta"], part["text"]
                )
            ]
        elif kind == "response.output_text.done":
            part = self._item(event)["content"][event["content_index"]]
            part["text"] = event["text"]
            return [
                AccumulatorEvent("output_text.done", event["output_index"], None, event["text"])
            ]
        elif kind == "response.output_text.annotation.added":
            part = self._item(event)["content"][event["content_index"]]
            part.setdefault("annotations", []).insert(
                event["annotation_index"], event["annotation"]
            )
        elif kind == "response.refusal.delta":
            part = self._item(event)["content"][event["content_index"]]
            part["refusal"] = part.get("refusal", "") + event["delta"]
        elif kind == "response.refusal.done":
            self._item(event)["content"][event["content_index"]]["refusal"] = event["refusal"]
        elif kind in _ITEM_DELTAS:
            item = self._item(event)
            field = _ITEM_DELTAS[kind]
            item[field] = (item.get(field) or "") + event["delta"]
            if field == "arguments":
                return [
                    AccumulatorEvent(
                        "function_call_arguments.delta",
                        event["output_index"],
                        event["delta"],
                        item[field],
                        name=item.get("name"),
                    )
                ]
        elif kind in _ITEM_DONES:
            item = self._item(event)
            field = _ITEM_DONES[kind]
            item[field] = event[field]
            if field == "arguments":
                return [
                    AccumulatorEvent(
                        "function_call_arguments.done",
                        event["output_index"],
                        None,
                        item[field],
                        name=item.get("name"),
                    )
                ]
        elif kind == "response.reasoning_summary_part.added":
            self._item(event).setdefault("summary", []).insert(
                event["summary_index"], dict(event["part"])
            )
        elif kind == "response.reasoning_summary_text.delta":
            part = self._item(event)["summary"][event["summary_index"]]
            part["text"] = part.get("text", "") + event["delta"]
        elif kind == "response.reasoning_summary_text.done":
            self._item(event)["summary"][event["summary_index"]]["text"] = event["text"]
        elif kind == "response.reasoning_text.delta":
            content = self._item(event).setdefault("content", [])
            part = _slot(
                content, event["content_index"], lambda: {"type": "reasoning_text", "text": ""}
            )
            part["text"] = part.get("text", "") + event["delta"]
        elif kind == "response.reasoning_text.done":
            self._item(event)["content"][event["content_index"]]["text"] = event["text"]
        # Other events (status updates of tool calls, audio, partial images) change nothing
        # the final response does not carry itself.
        return []

    def final(self) -> R:
        """The finished response (through ``parse``); ``StreamError`` before a final event."""
        if self._final is None:
            raise StreamError("the response stream ended before response.completed")
        return self._parse(self._final)
