"""`integrations_openai.types`: the official SDK's `openai.types` names, mapped to ours.

Coverage (names mapped per SDK package) may only grow; a mapped class is the very class a
call returns (so `isinstance` and annotations agree); request `*Param` names are dicts;
every package loads lazily and lists exactly its names.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest
from integrations_openai_api._runtime.lenient import UnknownVariant
from integrations_openai_api._runtime.sdk_names import resolve

from integrations_openai import OpenAIClient
from scripts.codegen.sdk_types.emit import load, packages

ROOT = Path(__file__).resolve().parents[2]
NAMES = load()
# Mapped names per SDK package when this test was written: a floor, never lowered.
FLOOR = {
    "types": 129,
    "types.audio": 23,
    "types.beta": 278,
    "types.beta.threads": 39,
    "types.beta.threads.runs": 18,
    "types.chat": 49,
    "types.conversations": 23,
    "types.fine_tuning": 19,
    "types.realtime": 173,
    "types.responses": 221,
    "types.shared": 19,
    "types.shared_params": 18,
    "types.uploads": 2,
    "types.vector_stores": 9,
}
TOTAL_FLOOR = 1444


def _public(package: str) -> Any:
    return importlib.import_module("integrations_openai." + package)


def test_coverage_does_not_regress() -> None:
    mapped = {package: len(entry["names"]) for package, entry in NAMES.items()}
    assert sum(mapped.values()) >= TOTAL_FLOOR
    for package, floor in FLOOR.items():
        assert mapped[package] >= floor, package
        assert _public(package).SDK_NAMES == NAMES[package]["sdk_names"] >= mapped[package]


@pytest.mark.parametrize("package", packages(NAMES))
def test_every_package_exports_exactly_its_mapped_names(package: str) -> None:
    module = _public(package)
    names = sorted(NAMES.get(package, {"names": {}})["names"])
    assert sorted(module.__all__) == sorted(["SDK_NAMES", *names])
    assert sorted(dir(module)) == sorted(module.__all__)
    for name in names:
        assert getattr(module, name) is not None
    with pytest.raises(AttributeError, match="NoSuchName"):
        _ = module.NoSuchName


def test_the_public_tree_mirrors_the_generated_one() -> None:
    def tree(base: Path) -> set[tuple[str, ...]]:
        return {p.parent.relative_to(base).parts for p in base.rglob("__init__.py")}

    public = tree(ROOT / "src" / "integrations_openai" / "types")
    generated = tree(ROOT / "generated" / "integrations_openai_api" / "sdk_types")
    assert public == generated == {tuple(p.split(".")[1:]) for p in packages(NAMES)}


def test_params_are_dicts_built_like_the_sdk_typeddicts() -> None:
    from integrations_openai.types.chat import (
        ChatCompletionMessageParam,
        ChatCompletionUserMessageParam,
    )
    from integrations_openai.types.responses import ResponseInputParam

    message = ChatCompletionUserMessageParam(role="user", content="hi")
    assert message == {"role": "user", "content": "hi"}
    assert type(message) is dict
    assert ChatCompletionMessageParam(role="system", content="x") == {
        "role": "system",
        "content": "x",
    }
    assert ResponseInputParam([message]) == [message]


def test_open_string_sets_are_str_aliases() -> None:
    from integrations_openai.types import ChatModel
    from integrations_openai.types.chat import ChatCompletionToolChoiceOptionParam
    from integrations_openai.types.shared import ReasoningEffort

    assert ChatModel is str
    assert ReasoningEffort == str | None
    # A closed set of strings or a dict, like the SDK's (the calls take no other string).
    assert ChatCompletionToolChoiceOptionParam == (
        Literal["none", "auto", "required"] | dict[str, Any]
    )


def test_unions_and_literals_resolve_to_runtime_types() -> None:
    from integrations_openai.types.chat import ChatCompletionRole
    from integrations_openai.types.responses import ResponseStreamEvent, ResponseTextDeltaEvent

    assert ResponseTextDeltaEvent in ResponseStreamEvent.__args__
    assert UnknownVariant in ResponseStreamEvent.__args__
    assert "assistant" in ChatCompletionRole.__args__
    assert resolve("literal:chat_completion_role:ChatCompletionRole") is ChatCompletionRole


def test_importing_a_package_of_names_loads_no_model() -> None:
    code = (
        "import sys\n"
        "from integrations_openai.types.chat import ChatCompletionUserMessageParam\n"
        "import integrations_openai.types.responses\n"
        "print(sorted(m for m in sys.modules if '.models.' in m))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]"


CHAT = {"id": "c1", "object": "chat.completion", "created": 1, "model": "m", "choices": [
    {"index": 0, "finish_reason": "stop", "logprobs": None,
     "message": {"role": "assistant", "content": "hi", "refusal": None,
                 "tool_calls": [{"id": "t", "type": "function",
                                 "function": {"name": "f", "arguments": "{}"}}]}}],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}  # fmt: skip
RESPONSE = {"id": "r1", "object": "response", "created_at": 1, "model": "m",
            "status": "completed", "output": [
    {"type": "message", "id": "m1", "role": "assistant", "status": "completed",
     "content": [{"type": "output_text", "text": "hi", "annotations": []}]}]}  # fmt: skip
EMBEDDINGS = {"object": "list", "model": "e", "data": [
    {"object": "embedding", "index": 0, "embedding": [0.5]}],
    "usage": {"prompt_tokens": 1, "total_tokens": 1}}  # fmt: skip
MODEL = {"id": "m", "object": "model", "created": 1, "owned_by": "o"}
FILE = {"id": "f", "object": "file", "bytes": 1, "created_at": 1, "filename": "a.jsonl",
        "purpose": "batch", "status": "processed"}  # fmt: skip


def _client(body: dict[str, Any], *, sse: bool = False) -> OpenAIClient:
    def answer(request: httpx.Request) -> httpx.Response:
        if sse:
            data = f"data: {json.dumps(body)}\n\ndata: [DONE]\n\n".encode()
            return httpx.Response(200, content=data, headers={"content-type": "text/event-stream"})
        return httpx.Response(200, json=body)

    return OpenAIClient(
        api_key="sk-test-types",
        base_url="http://127.0.0.1:9/v1",
        max_retries=0,
        transport=httpx.MockTransport(answer),
    )


def test_mapped_classes_are_what_calls_return() -> None:
    from integrations_openai.types import (
        CompletionUsage,
        CreateEmbeddingResponse,
        Embedding,
        FileObject,
        Model,
    )
    from integrations_openai.types.chat import (
        ChatCompletion,
        ChatCompletionChunk,
        ChatCompletionMessage,
        ChatCompletionMessageToolCall,
    )
    from integrations_openai.types.responses import (
        Response,
        ResponseOutputMessage,
        ResponseOutputText,
    )

    chat = _client(CHAT).chat.completions.create(model="m", messages=[])
    assert isinstance(chat, ChatCompletion)
    assert isinstance(chat.choices[0].message, ChatCompletionMessage)
    assert isinstance(chat.choices[0].message.tool_calls[0], ChatCompletionMessageToolCall)  # type: ignore[index]
    assert isinstance(chat.usage, CompletionUsage)
    chunk = {**CHAT, "object": "chat.completion.chunk", "choices": []}
    for event in _client(chunk, sse=True).chat.completions.create(
        model="m", messages=[], stream=True
    ):
        assert isinstance(event, ChatCompletionChunk)
    response = _client(RESPONSE).responses.create(model="m", input="hi")
    assert isinstance(response, Response)
    message = response.output[0]
    assert isinstance(message, ResponseOutputMessage)
    assert isinstance(message.content[0], ResponseOutputText)
    embeddings = _client(EMBEDDINGS).embeddings.create(model="e", input="x")
    assert isinstance(embeddings, CreateEmbeddingResponse)
    assert isinstance(embeddings.data[0], Embedding)
    assert isinstance(_client(MODEL).models.retrieve("m"), Model)
    assert isinstance(_client(FILE).files.retrieve("f"), FileObject)


# SDK names no single generated class can stand for at their positions, reviewed by hand:
REVIEWED_POSITIONS = {
    # `files.create` returns an OpenAIFile; only `Upload.file` holds the spec's UploadFile.
    "types:FileObject",
    # The beta realtime item admits every item kind; the spec has one class per kind.
    "types.beta.realtime:ConversationItem",
    # The beta realtime events map to the GA event classes, which hold the GA response;
    # the beta response stays the class the beta events really hold.
    "types.beta.realtime:RealtimeResponse",
    # Realtime session shapes: the SDK shares one class between places the spec splits.
    "types.beta.realtime:Session",
    "types.realtime:RealtimeSessionCreateResponse",
    "types.realtime:RealtimeTranscriptionSessionCreateResponse",
}


def test_each_sdk_name_is_the_class_found_where_the_sdk_has_it() -> None:
    # e.g. `beta.threads.TextContentBlock` must be the class `Message.content` holds, not
    # the Responses `TextContent` that has the same two keys.
    from scripts.codegen.sdk_types.positions import wrong_names

    assert set(wrong_names(NAMES)) == REVIEWED_POSITIONS


def test_one_sdk_class_is_one_of_ours_under_every_name() -> None:
    # `types.conversations.RefusalContent` is `types.responses.ResponseOutputRefusal`: both
    # names must be the class the output message holds, or `isinstance` fails under one
    from scripts.codegen.sdk_types.positions import _models

    split = {
        sdk.__name__: sorted({t for _p, _n, t in maps})
        for sdk, maps in _models(NAMES).items()
        if len({t for _p, _n, t in maps}) > 1
    }
    assert split == {}


def test_inline_unions_and_parse_results_resolve() -> None:
    from integrations_openai_api._helper_types import ParsedChatCompletion as Ours

    from integrations_openai.types.beta.threads import Annotation, MessageContent, TextContentBlock
    from integrations_openai.types.chat import ParsedChatCompletion
    from integrations_openai.types.responses import ParsedResponse

    assert ParsedChatCompletion is Ours and ParsedResponse.__name__ == "ParsedResponse"
    assert TextContentBlock in MessageContent.__args__
    assert UnknownVariant in Annotation.__args__ and len(Annotation.__args__) == 3
    message = {"id": "m", "object": "thread.message", "created_at": 1, "thread_id": "t",
               "status": "completed", "role": "assistant", "assistant_id": None,
               "run_id": None, "attachments": [], "metadata": {}, "incomplete_details": None,
               "completed_at": 1, "incomplete_at": None, "content": [
                   {"type": "text", "text": {"value": "hi", "annotations": []}}]}  # fmt: skip
    from integrations_openai.types.beta.threads import Message

    block = Message.from_dict(message).content[0]
    assert isinstance(block, TextContentBlock) and block.text.value == "hi"
