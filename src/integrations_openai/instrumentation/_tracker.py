"""One facade call's outcome, watched from the facade: the typed result, or each chunk of a
stream and its end, turned into exactly one ``OperationEnd`` event.

Shared by the sync and async drivers (no I/O here). The clock is injectable so tests check
durations without the wall clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from integrations_openai_api._runtime.lenient import UnknownVariant, unknown_variants_made

from .._redact import redact_text
from ._events import Hooks, Listener, OperationEnd
from ._genai import CallFacts, CallResult, result_facts

__all__ = ["CallTracker"]

# Final events of the Responses stream carry the whole response (usage, status, id).
_FINAL_TYPES = frozenset({"response.completed", "response.incomplete", "response.failed"})


def _unwrap(event: Any) -> Any:
    """The typed event of a helper stream's (raw dict, typed event) pair; else the event."""
    if isinstance(event, tuple):
        return event[-1] if event[-1] is not None else event[0]
    return event


def _field(obj: object, name: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


class CallTracker:
    """Emits one ``OperationEnd`` for a call; later reports are ignored."""

    __slots__ = (
        "_chunks",
        "_clock",
        "_done",
        "_final",
        "_first",
        "_head",
        "_hooks",
        "_made",
        "_reasons",
        "_started",
        "_tail",
        "_unknown",
        "call_id",
        "facts",
    )

    def __init__(
        self,
        hooks: Hooks,
        call_id: str,
        facts: CallFacts,
        *,
        clock: Callable[[], float] = time.monotonic,
        made: int | None = None,
    ) -> None:
        self._hooks = hooks
        # ``unknown_variants_made()`` before the call's result was parsed (None: unknown):
        # when it has not moved by the end, the result holds no unknown member to look for.
        self._made = made
        self.call_id = call_id
        self.facts = facts
        self._clock = clock
        self._started = clock()
        self._done = False
        self._chunks = 0
        self._first: float | None = None
        self._head: Any = None  # first chunk: id, model, service tier
        self._final: Any = None  # the chunk carrying usage, or the final response event
        self._reasons: list[str] = []
        self._unknown = 0
        self._tail: Any = None  # the last chunk of batches not scanned (nobody wanted them)

    def finish(self, result: object) -> None:
        """A buffered call parsed to ``result`` (its facts are read only if wanted)."""
        takers = self._takers()
        if takers:
            walk = self._made is None or unknown_variants_made() != self._made
            self._emit(result_facts(result, walk=walk), None, takers)

    def _takers(self) -> tuple[Listener, ...]:
        # A success goes to the listeners that want it (``Hooks.takers``); with none, no
        # facts are read and no event is built.
        if self._done:
            return ()
        takers = self._hooks.takers(OperationEnd)
        if not takers:
            self._done = True
        return takers

    def fail(self, exc: BaseException) -> None:
        """The call (or its stream) raised ``exc``: only its class name leaves."""
        self._emit(None, type(exc).__name__)

    def _scan_tail(self) -> None:
        if self._tail is not None:
            tail, self._tail = self._tail, None
            self._scan((tail,))

    def chunks(self, events: Sequence[Any]) -> None:
        """Events of a stream, as they arrive (cheap: remembers a few references).

        Each chunk is read for its facts (usage, finish reasons, unknown variants) only while
        some listener wants the call's ``OperationEnd``; otherwise a batch costs a counter
        update, and the facts of a report that is sent anyway (a failure, an early close)
        come from the first chunk and the last one.
        """
        if not events:
            return
        if self._first is None:
            self._first = self._clock() - self._started
            self._head = _unwrap(events[0])
        self._chunks += len(events)
        if self._done or not self._hooks.wants(OperationEnd):
            self._tail = events[-1]
            return
        self._tail = None
        self._scan(events)

    def _scan(self, events: Iterable[Any]) -> None:
        # Runs for every chunk while a listener wants the call's end: exact-class tests and
        # one read per field, no ABC ``isinstance`` (UnknownVariant is a Mapping).
        for event in events:
            if event.__class__ is tuple:  # helper streams yield (raw dict, typed event) pairs
                event = event[-1] if event[-1] is not None else event[0]
            if event.__class__ is dict:
                kind = event.get("type")
                usage = event.get("usage")
                choices = event.get("choices")
            else:
                if event.__class__ is UnknownVariant:  # an event type newer than our spec
                    self._unknown += 1
                kind = getattr(event, "type", None)
                usage = getattr(event, "usage", None)
                choices = getattr(event, "choices", None)
            # Server data: ``type`` may be any JSON value.
            if usage is not None or (kind.__class__ is str and kind in _FINAL_TYPES):
                self._final = event
            if isinstance(choices, list | tuple):
                for choice in choices:
                    reason = _field(choice, "finish_reason")
                    if reason and isinstance(reason, str):
                        self._reasons.append(redact_text(reason))

    def close(self, *, complete: bool) -> None:
        """The stream ended (``complete``: its final event arrived) or was closed early."""
        takers: tuple[Listener, ...] | None = None  # an early close: every listener
        if complete:
            takers = self._takers()
            if not takers:
                return
        elif self._done:
            return
        self._scan_tail()
        final = result_facts(self._final) if self._final is not None else CallResult()
        head = result_facts(self._head) if self._head is not None else CallResult()
        result = CallResult(
            response_id=final.response_id or head.response_id,
            response_model=final.response_model or head.response_model,
            finish_reasons=tuple(self._reasons) or final.finish_reasons,
            input_tokens=final.input_tokens,
            output_tokens=final.output_tokens,
            cached_tokens=final.cached_tokens,
            reasoning_tokens=final.reasoning_tokens,
            service_tier=final.service_tier or head.service_tier,
            system_fingerprint=final.system_fingerprint or head.system_fingerprint,
            unknown_variants=self._unknown,
            body=self._final if self._final is not None else self._head,
        )
        self._emit(result, None, takers, complete=complete)

    def _emit(
        self,
        result: CallResult | None,
        error: str | None,
        takers: tuple[Listener, ...] | None = None,
        *,
        complete: bool = True,
    ) -> None:
        if self._done:
            return
        self._done = True
        elapsed = self._clock() - self._started
        self._hooks.emit(
            OperationEnd(  # positional: call id, facts, elapsed, result, error, ttfc, chunks...
                self.call_id,
                self.facts,
                elapsed if elapsed > 0.0 else 0.0,
                result,
                error,
                self._first,
                self._chunks,
                complete,
            ),
            takers,
        )
