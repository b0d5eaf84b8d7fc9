"""Class-level introspection of generated models: type hints before any parse, model_fields,
model_validate_json, pydantic.TypeAdapter, and extra keys read as attributes."""

from __future__ import annotations

import json
import subprocess
import sys
import typing
from typing import Any

import pydantic
import pytest
from integrations_openai_api._runtime.introspect import FieldInfo, LazyAnnotations
from integrations_openai_api.models.create_chat_completion_response import (
    CreateChatCompletionResponse,
)
from integrations_openai_api.models.open_ai_file import OpenAIFile

FILE = {
    "id": "file-1",
    "object": "file",
    "bytes": 3,
    "created_at": 0,
    "filename": "a.jsonl",
    "purpose": "batch",
    "status": "processed",
}
CHAT = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o-mini",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "logprobs": None,
            "message": {"role": "assistant", "content": "hi", "refusal": None},
        }
    ],
}


def test_type_hints_resolve_in_a_fresh_process_before_any_parse() -> None:
    # A fresh interpreter: nothing parsed yet, so the lazily imported names are not loaded.
    code = (
        "import typing\n"
        "from integrations_openai.types.chat import ChatCompletion\n"
        "from integrations_openai.types.responses import Response\n"
        "print(typing.get_type_hints(ChatCompletion)['choices'])\n"
        "print(len(typing.get_type_hints(Response)) > 10)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0].startswith("list[") and out[0].endswith("ChoicesItem]")
    assert out[1] == "True"


def test_annotations_load_lazily_only_after_the_module_ran() -> None:
    annotations = CreateChatCompletionResponse.__dict__["__annotations__"]  # noqa: RUF063
    assert isinstance(annotations, LazyAnnotations)
    # an owner not (yet) bound in its module: nothing is loaded, nothing fails
    early = LazyAnnotations({"x": "int"}, CreateChatCompletionResponse.__module__, "Unbound")
    assert dict(early.items()) == {"x": "int"}
    missing = LazyAnnotations({"x": "int"}, "no.such.module", "X")
    assert list(missing.items()) == [("x", "int")]


def test_model_fields_names_each_field_with_its_annotation_once() -> None:
    fields = OpenAIFile.model_fields
    assert OpenAIFile.model_fields is fields  # built once per class
    assert {"id", "bytes", "filename", "purpose"} <= set(fields)
    assert fields["bytes"].annotation is int and fields["bytes"].alias is None
    info = fields["filename"]
    assert isinstance(info, FieldInfo) and not info.is_required() and info.default is None
    assert repr(info) == "FieldInfo(annotation=<class 'str'>)"
    choices = CreateChatCompletionResponse.model_fields["choices"].annotation
    assert typing.get_origin(choices) is list


def test_an_aliased_field_reports_its_wire_key() -> None:
    from integrations_openai_api.models.create_moderation_response_results_item_categories import (
        CreateModerationResponseResultsItemCategories as ModerationCategories,
    )

    info = ModerationCategories.model_fields["self_harm"]
    assert info.alias == "self-harm"
    assert "alias='self-harm'" in repr(info)


def test_model_validate_json_takes_str_and_bytes() -> None:
    text = json.dumps(FILE)
    assert OpenAIFile.model_validate_json(text) == OpenAIFile.from_dict(FILE)
    assert OpenAIFile.model_validate_json(text.encode(), strict=True).filename == "a.jsonl"


def test_type_adapter_validates_and_dumps_generated_models() -> None:
    adapter = pydantic.TypeAdapter(CreateChatCompletionResponse)
    completion = adapter.validate_python(CHAT)
    assert isinstance(completion, CreateChatCompletionResponse)
    assert adapter.validate_json(json.dumps(CHAT)) == completion
    dumped = adapter.dump_python(completion, exclude_none=True)
    assert dumped["choices"][0]["message"] == {"role": "assistant", "content": "hi"}
    assert json.loads(adapter.dump_json(completion))["id"] == "chatcmpl-1"
    many = pydantic.TypeAdapter(list[OpenAIFile])
    assert [f.id for f in many.validate_json(json.dumps([FILE, FILE]))] == ["file-1"] * 2
    schema = adapter.json_schema()
    assert schema == {"type": "object", "title": "ChatCompletion"}


def test_type_adapter_dumps_a_plain_value_as_is() -> None:
    class Holder(pydantic.BaseModel):
        file: OpenAIFile | int

    assert Holder(file=5).model_dump() == {"file": 5}
    assert Holder.model_validate({"file": FILE}).model_dump()["file"]["filename"] == "a.jsonl"


def test_extra_keys_read_as_attributes_and_nothing_else_does() -> None:
    file: Any = OpenAIFile.from_dict({**FILE, "brand_new": {"x": 1}})
    assert file.brand_new == {"x": 1}
    assert getattr(file, "missing", "default") == "default"
    with pytest.raises(AttributeError, match="'FileObject' object has no attribute '_hidden'"):
        file._hidden  # noqa: B018
    bare: Any = OpenAIFile.__new__(OpenAIFile)  # no state yet (as `from_dict` starts)
    with pytest.raises(AttributeError):
        bare.anything  # noqa: B018


def test_type_adapter_refuses_a_value_that_is_no_object() -> None:
    with pytest.raises(pydantic.ValidationError, match="needs a JSON object, not int"):
        pydantic.TypeAdapter(OpenAIFile).validate_python(5)
