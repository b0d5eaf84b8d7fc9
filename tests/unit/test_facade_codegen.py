"""The facade generator's pure parts: naming rules, annotation rewriting, the plan's checks."""

from __future__ import annotations

import pytest

from scripts.codegen.facade.emit import helper_types_source
from scripts.codegen.facade.plan import (
    MethodPlan,
    Param,
    ResourceNode,
    _check_clashes,
    _format_results,
    _without_error_models,
    kwarg_name,
)
from scripts.codegen.facade.render import _Annotations
from scripts.codegen.facade.rules import OVERRIDES, derive_name, flatten_resource
from scripts.codegen.paths import ROOT


@pytest.mark.parametrize(
    ("verb", "path", "expected"),
    [
        ("get", "/organization/groups", ("organization.groups", "list")),
        ("get", "/organization/groups/{group_id}", ("organization.groups", "retrieve")),
        ("post", "/organization/groups", ("organization.groups", "create")),
        ("post", "/organization/groups/{group_id}", ("organization.groups", "update")),
        ("delete", "/organization/groups/{group_id}", ("organization.groups", "delete")),
        ("post", "/batches/{batch_id}/cancel", ("batches", "cancel")),
        ("get", "/files/{file_id}/content", ("files.content", "retrieve")),
        ("get", "/organization/data_retention", ("organization.data_retention", "retrieve")),
    ],
)
def test_derive_name_follows_the_sdk_habits(
    verb: str, path: str, expected: tuple[str, str]
) -> None:
    assert derive_name(verb, path) == expected


def test_flatten_beta_and_overrides() -> None:
    assert flatten_resource("beta.threads.runs") == "threads.runs"
    assert flatten_resource("chat.completions") == "chat.completions"
    assert OVERRIDES["cancelEvalRun"] == ("evals.runs", "cancel")


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("input", "input"),
        ("type", "type"),
        ("include[]", "include"),
        ("from", "from_"),
        ("x-y", "x_y"),
    ],
)
def test_kwarg_names_keep_the_wire_name_when_python_allows(wire: str, expected: str) -> None:
    assert kwarg_name(wire) == expected


def test_annotations_accept_dicts_for_models_and_inputs_for_files() -> None:
    ann = _Annotations(models={"Message", "Tool"}, shadowed={"list"}, aliases={"Files": "_m_Files"})
    # Request arrays and objects are covariant (Sequence, Mapping): list and dict are not.
    assert ann.render("list[Message | str]", widen=True) == (
        "Sequence[Message | str | Mapping[str, Any]]"
    )
    assert ann.render("Tool | Unset", widen=True) == "Tool | Unset | Mapping[str, Any]"
    assert ann.render("Tool", widen=True) == "Tool | Mapping[str, Any]"
    assert ann.render("dict[str, Tool]", widen=True) == "Mapping[str, Tool | Mapping[str, Any]]"
    assert ann.render("dict[str, Any] | None", widen=True) == "Mapping[str, Any] | None"
    assert ann.render("list[File] | File", widen=True) == "builtins.list[FileInput] | FileInput"
    assert ann.render("list[Tool]", widen=False) == "builtins.list[Tool]"
    assert ann.render("File", widen=True) == "FileInput"
    assert ann.render("Tool", widen=False) == "Tool"
    assert ann.render("Files", widen=False) == "_m_Files"


def _method(name: str) -> MethodPlan:
    return MethodPlan(
        operation_id=name, name=name, http_method="get", path="/x", summary="", path_params=[],
        query=[], body=[Param("a", "a", "str", True)], body_kind=None, file_fields=[],
        returns=None, response_ref=None, binary=False, page_item=None, stream_event=None,
        stream_ref=None, stream_switch=None, tags=[], imports={},
    )  # fmt: skip


def test_a_name_used_twice_is_refused() -> None:
    node = ResourceNode("files", methods=[_method("list"), _method("list")])
    with pytest.raises(ValueError, match="defined twice"):
        _check_clashes(node)
    node = ResourceNode("files", methods=[_method("content")])
    node.children["content"] = ResourceNode("files.content")
    with pytest.raises(ValueError, match="defined twice"):
        _check_clashes(node)


def test_names_yaml_is_what_derive_names_produces() -> None:
    """The committed map is reproducible from the installed SDK (review diffs, not drift)."""
    from pathlib import Path

    from scripts.codegen.facade.derive_names import build
    from scripts.codegen.facade.emit import load_names

    root = Path(__file__).resolve().parents[2]
    assert build(root / "openapi/openapi.yml") == load_names()


def test_generator_reads_poll_statuses_from_the_polling_module() -> None:
    """One list of final statuses: the generator's docstrings read the hand-written one
    (from source: generation never imports the package it rebuilds on top of)."""
    from integrations_openai.polling import TERMINAL_STATUSES
    from scripts.codegen.facade.render_method import POLLERS, _terminal_statuses

    assert _terminal_statuses() == dict(TERMINAL_STATUSES)
    assert {kind for _, _, kind in POLLERS.values()} <= set(TERMINAL_STATUSES)


def _op(sse: str | None = None) -> dict[str, object]:
    content: dict[str, object] = {"application/json": {}}
    if sse:
        content["text/event-stream"] = {"schema": {"$ref": f"#/components/schemas/{sse}"}}
    return {"responses": {"200": {"content": content}}}


def test_stream_event_rule_covers_every_operation_that_takes_stream() -> None:
    from scripts.codegen.facade.plan import _stream_event_schema

    ops = {("post", "/responses"): _op("ResponseStreamEvent"), ("get", "/x/{id}"): _op()}
    # 1. the operation's own SSE schema
    assert _stream_event_schema(_op("Chunk"), "post", "/chat", "R", ops) == "Chunk"
    # 2. the SSE schema of the operation one level up (GET /responses/{id}?stream=true)
    resume = _stream_event_schema(_op(), "get", "/responses/{id}", "ResponseObject", ops)
    assert resume == "ResponseStreamEvent"
    # 3. Assistants runs stream thread.* events the spec does not declare
    runs = _stream_event_schema(_op(), "post", "/threads/{t}/runs", "RunObject", ops)
    assert runs == "AssistantStreamEvent"
    # 4. else chunks shaped like the response itself (legacy completions)
    legacy = _stream_event_schema(_op(), "post", "/completions", "CreateCompletionResponse", ops)
    assert legacy == "CreateCompletionResponse"


def test_every_generated_operation_taking_stream_can_stream() -> None:
    import importlib
    import pkgutil

    import integrations_openai_api.resources as resources
    from integrations_openai_api._facade_runtime import Operation

    streaming = {}
    for info in pkgutil.walk_packages(resources.__path__, "integrations_openai_api.resources."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, Operation):
                streaming[value.operation_id] = value.stream_event is not None
    expected = {
        "createChatCompletion", "createCompletion", "createResponse", "getResponse",
        "createRun", "createThreadAndRun", "submitToolOuputsToRun", "createTranscription",
        "createImage", "createImageEdit", "createSpeech",
    }  # fmt: skip
    assert {op for op, can in streaming.items() if can} == expected


def _declared(**responses: str) -> dict[str, object]:
    return {
        "responses": {
            code.lstrip("s"): {"content": {"application/json": {"schema": {"$ref": f"#/c/{ref}"}}}}
            for code, ref in responses.items()
        }
    }


def test_error_status_models_never_annotate_a_result() -> None:
    """A 404 `Error` raises before parsing: `cancel` returns the response, not a union."""
    op = _declared(s200="Response", s404="Error")
    assert _without_error_models("Error | ResponseObject", op) == "ResponseObject"
    assert _without_error_models("DeletedObject | Error", op) == "DeletedObject"
    # a model also declared for a success status stays
    both = _declared(s200="Error", s404="Error")
    assert _without_error_models("Error", both) == "Error"
    assert _without_error_models(None, op) is None
    assert _without_error_models("Model", {"responses": {}}) == "Model"


def test_parsed_response_lists_every_output_item_type() -> None:
    """`ParsedResponse.output` follows `ResponseObject.output`, parsed items swapped in."""
    source = helper_types_source(ROOT / "generated" / "integrations_openai_api")
    line = next(s for s in source.splitlines() if s.startswith("    output: list["))
    assert "ParsedResponseOutputMessage[T]" in line and "ParsedResponseFunctionToolCall" in line
    assert "ReasoningItem" in line and "UnknownVariant" in line
    assert "| OutputMessage |" not in line and "| FunctionToolCall |" not in line
    assert "    from .models.reasoning_item import ReasoningItem" in source
    assert "facade: parsed output" not in source


def test_the_responses_stream_event_union_swaps_in_the_wrapped_events() -> None:
    """`ResponseStreamHelperEvent` is the spec's event union with the four events
    `responses.stream` wraps in their place, generic in the text format."""
    source = helper_types_source(ROOT / "generated" / "integrations_openai_api")
    start = source.index("    ResponseStreamHelperEvent: TypeAlias = ")
    alias = source[start : source.index("\n\n", start)]
    members = [m.strip(" ()\n") for m in alias.split("=", 1)[1].split("|")]
    assert "ResponseTextDoneEvent[T]" in members and "ResponseCompletedEvent[T]" in members
    assert "ResponseTextDeltaEvent" in members and "ResponseCreatedEvent" in members
    assert "ResponseCompletedEvent" not in members and "UnknownVariant" in members
    assert "    from .models.response_created_event import ResponseCreatedEvent" in source
    assert "facade: stream events" not in source


_FORMATS = {"Fmt": {"type": "string", "enum": ["text", "json", "verbose_json"], "default": "json"}}
_RESULTS = "ResultJson | ResultVerboseJson"


def test_each_response_format_returns_the_model_named_after_it() -> None:
    body = [Param("response_format", "response_format", "Fmt | Unset", False)]
    assert _format_results(body, _FORMATS, _RESULTS, text=True) == [
        (("json",), "ResultJson"),  # the default first: a call without the keyword gets it
        (("text",), "str"),
        (("verbose_json",), "ResultVerboseJson"),
    ]
    # Without text answers, a value no model is named after gets no overload.
    assert _format_results(body, _FORMATS, _RESULTS, text=False) == [
        (("json",), "ResultJson"),
        (("verbose_json",), "ResultVerboseJson"),
    ]


@pytest.mark.parametrize(
    ("body", "returns"),
    [
        ([], _RESULTS),  # no response_format
        ([Param("response_format", "response_format", "Other", False)], _RESULTS),  # no enum
        ([Param("response_format", "response_format", "Fmt", False)], "ResultJson"),  # one model
        ([Param("response_format", "response_format", "Fmt", False)], "A | B"),  # no names
    ],
)
def test_the_response_format_rule_applies_only_where_models_are_named_after_formats(
    body: list[Param], returns: str
) -> None:
    assert _format_results(body, _FORMATS, returns, text=True) == []


def test_post_lists_are_pages_exactly_where_the_sdk_pages_them() -> None:
    import importlib
    import pkgutil

    import integrations_openai_api.resources as resources
    from integrations_openai_api._facade_runtime import Operation

    from scripts.codegen.facade.emit import load_names

    paged_posts = set()
    for info in pkgutil.walk_packages(resources.__path__, "integrations_openai_api.resources."):
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, Operation) and value.page_item and value.method == "post":
                paged_posts.add(value.operation_id)
    marked = {op for op, entry in load_names().items() if entry.get("page") == "post"}
    assert "searchVectorStore" in paged_posts
    assert paged_posts == marked


def test_body_keys_are_read_from_the_sdk_method_source() -> None:
    from scripts.codegen.facade.derive_body_order import body_keys

    direct = 'def create(self, *, a, b):\n    return self._post("/x", body=maybe_transform({"b": b, "a": a}, P))\n'
    assert body_keys(direct) == ["b", "a"]
    named = 'def create(self, *, a):\n    params = {"a": a, "z": 1}\n    return self._post("/x", body=maybe_transform(params, P))\n'
    assert body_keys(named) == ["a", "z"]
    prepared = (
        "def create(self, *, m, i):\n"
        '    ctx = prepare(self, {"m": m, "i": i})\n'
        '    return self._post("/x", body=maybe_transform(ctx.body, P))\n'
    )
    assert body_keys(prepared) == ["m", "i"]
    assert (
        body_keys(
            'def list(self):\n    return self._get("/x", query=maybe_transform({"a": 1}, P))\n'
        )
        is None
    )


def test_generated_bodies_follow_the_sdk_order() -> None:
    from scripts.codegen.facade.render_method import BODY_ORDER_PATH, body_literal

    plan = MethodPlan.__new__(MethodPlan)
    object.__setattr__(plan, "operation_id", "createEmbedding")
    object.__setattr__(plan, "body_kind", "json")
    object.__setattr__(
        plan,
        "body",
        [Param(n, n, "str", True) for n in ("input", "model", "extra_key", "encoding_format")],
    )
    assert body_literal(plan) == (
        "{'model': model, 'input': input, 'encoding_format': encoding_format, "
        "'extra_key': extra_key}"
    )
    object.__setattr__(plan, "body_kind", "multipart")  # multipart keeps the spec's order
    assert body_literal(plan).startswith("{'input': input, 'model': model")
    assert (
        "createChatCompletion: [model, stream, service_tier, messages"
        in BODY_ORDER_PATH.read_text()
    )
    source = (ROOT / "generated/integrations_openai_api/resources/embeddings.py").read_text()
    assert source.index('"model": model') < source.index('"input": input')
