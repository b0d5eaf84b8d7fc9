"""The shortcuts that keep telemetry cheap give the same answers as the long way round:
the pruned unknown-variant walk, result facts read in one pass, per-class log plans, the
masking memo, and the bounded caches of the Prometheus listener."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import attrs
import pytest
from integrations_openai_api._runtime.lenient import UnknownVariant, unknown_variants_made
from integrations_openai_api.models import CreateChatCompletionResponse, ResponseObject
from prometheus_client import CollectorRegistry

from integrations_openai import _redact
from integrations_openai.instrumentation import (
    Hooks,
    OperationEnd,
    PrometheusListener,
    RequestEnd,
    RequestStart,
    StorageUnavailable,
    _genai,
    _prometheus,
    event_fields,
)
from integrations_openai.instrumentation._genai import (
    CallFacts,
    count_unknown,
    request_facts,
    result_facts,
)
from integrations_openai.instrumentation._tracker import CallTracker

CHAT = {
    "id": "c", "object": "chat.completion", "created": 1, "model": "m",
    "choices": [{
        "index": 0, "finish_reason": "tool_calls", "logprobs": None,
        "message": {"role": "assistant", "content": None, "tool_calls": [
            {"id": "t1", "type": "brand_new_tool", "x": 1},
            {"id": "t2", "type": "function", "function": {"name": "f", "arguments": "{}"}},
        ]},
    }],
    "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3,
              "completion_tokens_details": {"reasoning_tokens": 1}},
}  # fmt: skip
# Unknown members: the mystery item, the new content part, the odd annotation, the tool.
RESPONSE = {
    "id": "resp_1", "object": "response", "created_at": 1, "model": "m", "status": "completed",
    "output": [
        {"type": "mystery_item", "id": "x"},
        {"type": "message", "id": "m", "role": "assistant", "status": "completed", "content": [
            {"type": "output_text", "text": "hi", "annotations": [{"type": "odd_note"}]},
            {"type": "new_content"},
        ]},
    ],
    "usage": {"input_tokens": 1, "output_tokens": 2, "total_tokens": 3,
              "input_tokens_details": {"cached_tokens": 0},
              "output_tokens_details": {"reasoning_tokens": 0}},
    "parallel_tool_calls": True, "tool_choice": "auto", "tools": [{"type": "future_tool"}],
}  # fmt: skip


def full_walk(value: object) -> int:
    """Every field of every model, every list item: the walk without any pruning."""
    if isinstance(value, UnknownVariant):
        return 1
    if isinstance(value, list | tuple):
        return sum(full_walk(v) for v in value)
    names = getattr(type(value), "_attr_names_", ())
    return sum(full_walk(getattr(value, n)) for n in names)


@pytest.mark.parametrize(
    ("model", "body", "expected"),
    [(CreateChatCompletionResponse, CHAT, 1), (ResponseObject, RESPONSE, 4)],
)
def test_the_pruned_walk_counts_what_a_full_walk_counts(
    model: Any, body: dict[str, Any], expected: int
) -> None:
    result = model.from_dict(body)
    assert full_walk(result) == expected
    assert count_unknown(result) == expected
    assert result_facts(result, walk=True).unknown_variants == expected
    # Usage holds no union: the walk never visits it.
    usage_class = type(result.usage)
    assert _genai._walked_fields(usage_class) == ()
    assert count_unknown([result, (result,)]) == 2 * expected  # lists and tuples too


class _Ends:
    def __init__(self) -> None:
        self.events: list[OperationEnd] = []

    def on_event(self, event: Any) -> None:
        if isinstance(event, OperationEnd):
            self.events.append(event)


@pytest.mark.parametrize(
    ("model", "body", "expected"),
    [(CreateChatCompletionResponse, CHAT, 1), (ResponseObject, RESPONSE, 4)],
)
def test_unknown_members_made_during_the_call_are_counted(
    model: Any, body: dict[str, Any], expected: int
) -> None:
    """The tracker's mark is taken before the parse (as ``track`` does): members made by the
    parse move the count, so the result is walked and each one counted."""
    ends = _Ends()
    tracker = CallTracker(Hooks([ends]), "c", CallFacts("chat", "op"), made=unknown_variants_made())
    tracker.finish(model.from_dict(body))
    assert [e.result.unknown_variants for e in ends.events if e.result] == [expected]


def test_a_result_parsed_with_no_unknown_member_made_is_not_walked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def walked(*args: object, **kwargs: object) -> int:
        raise AssertionError("walked a result that holds no unknown member")

    mark = unknown_variants_made()
    result = CreateChatCompletionResponse.from_dict({**CHAT, "choices": []})
    assert unknown_variants_made() == mark  # nothing unknown in it: the count stays
    monkeypatch.setattr(_genai, "count_unknown", walked)
    ends = _Ends()
    CallTracker(Hooks([ends]), "c", CallFacts("chat", "op"), made=mark).finish(result)
    [end] = ends.events
    assert end.result is not None and end.result.unknown_variants == 0
    assert end.result.input_tokens == 1  # the rest of the facts read as ever
    # A count moved by anything (another thread's parse): the walk runs.
    with pytest.raises(AssertionError, match="walked"):
        CallTracker(Hooks([ends]), "d", CallFacts("chat", "op"), made=mark - 1).finish(result)
    # No mark (a tracker built by hand, a result made before it): always walked.
    with pytest.raises(AssertionError, match="walked"):
        CallTracker(Hooks([ends]), "e", CallFacts("chat", "op")).finish(result)


def test_a_model_without_fields_holds_no_unknown_member() -> None:
    class Empty:  # a generated model of extra keys only
        _attr_names_ = ()

    class Holder:
        _attr_names_ = ("inner",)
        __annotations__ = {"inner": "Empty | None"}

        def __init__(self) -> None:
            self.inner = Empty()

    Holder.__module__ = __name__
    globals()["Empty"] = Empty  # where the walk resolves the annotation
    try:
        assert _genai._walked_fields(Holder) == ()  # nothing to walk into
        assert count_unknown(Holder()) == 0
    finally:
        del globals()["Empty"]


def test_the_unknown_member_count_moves_with_each_one_made() -> None:
    before = unknown_variants_made()
    UnknownVariant({"type": "x"})
    UnknownVariant.from_dict({"type": "y"})
    assert unknown_variants_made() == before + 2


def test_fields_the_walk_cannot_read_are_all_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    class Odd:
        _attr_names_ = ("a", "b")
        __annotations__ = {"a": "Nowhere[", "b": "int"}

        def __init__(self) -> None:
            self.a = [UnknownVariant({"type": "x"})]
            self.b = 3

    monkeypatch.setattr(_genai, "_TOKEN", None)  # reading any annotation now fails
    assert _genai._walked_fields(Odd) == ("a", "b")
    assert count_unknown(Odd()) == 1


def test_result_facts_from_a_mapping_that_is_not_a_dict() -> None:
    usage = MappingProxyType({"input_tokens": 4, "output_tokens": 5})
    result = result_facts(MappingProxyType({"id": "r", "status": "completed", "usage": usage}))
    assert (result.response_id, result.input_tokens, result.output_tokens) == ("r", 4, 5)
    assert result.finish_reasons == ("completed",)


def test_result_facts_of_a_typed_chat_result() -> None:
    result = result_facts(CreateChatCompletionResponse.from_dict(CHAT))
    assert (result.input_tokens, result.output_tokens, result.reasoning_tokens) == (1, 2, 1)
    assert result.finish_reasons == ("tool_calls",)


@attrs.frozen
class _One:
    only: int


@attrs.frozen
class _Hidden:
    content: str  # never logged


@attrs.frozen
class _Unresolved:
    value: Any
    missing: NotDefinedAnywhere  # type: ignore[name-defined]  # noqa: F821


def test_event_fields_of_odd_classes() -> None:
    assert event_fields(_One(1)) == {"only": 1}
    assert event_fields(_Hidden("prompt")) == {}
    # Annotations that do not resolve: every value is checked for nesting instead.
    assert event_fields(_Unresolved(_One(2), None)) == {"value": {"only": 2}, "missing": None}
    facts = request_facts("createChatCompletion", {"model": "m"})
    end = OperationEnd(call_id="c", facts=facts, elapsed=0.5)
    assert event_fields(end)["facts"]["model"] == "m"

    # Each record gets a dict of its own: a log handler may change it.
    first, second = event_fields(end), event_fields(end)
    assert first == second and first is not second and first["facts"] is not second["facts"]


def test_a_field_name_that_is_no_identifier_is_read_by_name() -> None:
    from integrations_openai.instrumentation._events import _dict_reader

    class Odd:
        only = 1

    odd = Odd()
    setattr(odd, "from", 2)  # a keyword: no ``obj.from`` in a compiled reader
    assert _dict_reader(("only", "from"))(odd) == {"only": 1, "from": 2}
    assert _dict_reader(("only",))(odd) == {"only": 1}
    assert _dict_reader(())(odd) == {}


def test_the_masking_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_redact, "_MEMO_MAX", 4)
    monkeypatch.setattr(_redact, "_MEMO", {})
    for i in range(10):
        assert _redact.redact_text(f"text {i}") == f"text {i}"
    assert len(_redact._MEMO) <= 4
    assert _redact.redact_text("key sk-abcdefghijkl") == "key sk-***"


def _value(registry: CollectorRegistry, name: str, **labels: str) -> float | None:
    return registry.get_sample_value(name, labels)


def test_prometheus_caches_stay_bounded_and_counts_stay_right(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_prometheus, "_CHILDREN_LIMIT", 3)
    registry = CollectorRegistry()
    listener = PrometheusListener(registry)
    assert not listener.wants(RequestStart) and listener.wants(RequestEnd)
    for i in range(8):
        url = f"https://api.test/v1/files/file-{i}"
        listener.on_event(RequestEnd("GET", url, f"c{i}", 1, 0.1, status_code=200))
        facts = CallFacts("chat", "createChatCompletion", f"model-{i}", genai=True)
        listener.on_event(
            OperationEnd(f"c{i}", facts, 0.2, time_to_first_chunk=0.05, chunks=3, error="X")
        )
    assert len(listener._ends) <= 3 and len(listener._operations) <= 3
    labels = {"method": "GET", "host": "api.test", "status_class": "2xx", "error_type": "none"}
    assert _value(registry, "openai_requests_total", **labels) == 8
    chunk = {"gen_ai_operation_name": "chat", "gen_ai_request_model": "model-7"}
    assert _value(registry, "gen_ai_client_operation_time_to_first_chunk_seconds_count", **chunk)
    assert _value(
        registry, "gen_ai_client_operation_time_per_output_chunk_seconds_sum", **chunk
    ) == pytest.approx(0.075)
    listener.on_event(StorageUnavailable("breaker", "k", "ConnectionError", "local"))
    storage = {"component": "breaker", "action": "local"}
    assert _value(registry, "openai_shared_storage_errors_total", **storage) == 1
