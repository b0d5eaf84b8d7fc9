"""The official SDK's per-type module paths under `integrations_openai.types`, made on import:
`from integrations_openai.types.chat.chat_completion import ChatCompletion, Choice`."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import pytest

from integrations_openai.types import _sdk_modules
from integrations_openai.types._sdk_modules import SdkModuleFinder, install, module_name, nested
from integrations_openai.types.chat import ChatCompletion, ChatCompletionChunk


def test_module_name_is_the_sdk_spelling() -> None:
    assert module_name("ChatCompletionChunk") == "chat_completion_chunk"
    assert module_name("FileObject") == "file_object"
    assert module_name("ResponseFormatJSONSchema") == "response_format_json_schema"


def test_a_type_module_gives_its_type_and_the_classes_it_nests() -> None:
    from integrations_openai.types.chat.chat_completion import (
        ChatCompletion as Same,
    )
    from integrations_openai.types.chat.chat_completion import (
        Choice,
        ChoiceLogprobs,
    )

    assert Same is ChatCompletion
    completion = ChatCompletion.from_dict(
        {"id": "c", "choices": [{"index": 0, "logprobs": {"content": []}}]}
    )
    assert type(completion.choices[0]) is Choice
    assert type(completion.choices[0].logprobs) is ChoiceLogprobs
    module = sys.modules["integrations_openai.types.chat.chat_completion"]
    assert module.__all__ == ["ChatCompletion"]
    assert vars(module)["Choice"] is Choice  # resolved once, then a plain attribute


def test_nested_names_follow_optional_lists_down_several_levels() -> None:
    from integrations_openai.types.chat.chat_completion_chunk import (
        ChoiceDelta,
        ChoiceDeltaToolCall,
        ChoiceDeltaToolCallFunction,
    )

    chunk = ChatCompletionChunk.from_dict(
        {
            "id": "c",
            "choices": [
                {"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"name": "f"}}]}}
            ],
        }
    )
    delta = chunk.choices[0].delta
    assert type(delta) is ChoiceDelta
    assert delta.tool_calls is not None
    assert type(delta.tool_calls[0]) is ChoiceDeltaToolCall
    assert type(delta.tool_calls[0].function) is ChoiceDeltaToolCallFunction


def test_union_members_are_named_by_their_type() -> None:
    from integrations_openai.types.conversations.conversation_item import McpApprovalRequest
    from integrations_openai.types.responses.response_computer_tool_call import (
        ActionDrag,
        ActionDragPath,
    )

    assert McpApprovalRequest.__qualname__ == "MCPApprovalRequest"
    assert McpApprovalRequest.__name__ == "McpApprovalRequest"  # as the SDK prints it
    assert ActionDrag._const_values_["type"] == ("drag",)
    assert "x" in ActionDragPath._known_keys_


def test_request_types_nest_dict_aliases() -> None:
    from integrations_openai.types.chat.chat_completion_message_function_tool_call_param import (
        Function,
    )

    assert Function == dict[str, Any]


def test_unknown_names_and_modules_fail_as_imports_do() -> None:
    with pytest.raises(ImportError, match="cannot import name 'Nope'"):
        from integrations_openai.types.chat.chat_completion import Nope  # noqa: F401
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("integrations_openai.types.chat.no_such_type")
    module: Any = importlib.import_module("integrations_openai.types.file_object")
    with pytest.raises(AttributeError):
        module._private  # noqa: B018


def test_the_finder_answers_only_for_type_modules_it_can_make() -> None:
    finder = SdkModuleFinder()
    assert finder.find_spec("json.decoder") is None
    assert finder.find_spec("integrations_openai.types.not_loaded_pkg.thing") is None
    assert finder.find_spec("integrations_openai.types.chat._hidden") is None
    spec = finder.find_spec("integrations_openai.types.chat.chat_completion_chunk")
    assert spec is not None and spec.name.endswith("chat_completion_chunk")


def test_install_is_idempotent() -> None:
    install()
    install()
    assert sys.meta_path.count(_sdk_modules._FINDER) == 1
    assert sys.meta_path[-1] is _sdk_modules._FINDER or _sdk_modules._FINDER in sys.meta_path


def test_nested_gives_up_on_a_class_without_hints() -> None:
    class Broken:
        _fields_ = (("x", "x"),)
        __annotations__ = {"x": "NoSuchName"}

    assert nested(Broken, "X") is None
    assert nested(ChatCompletion, "Choice", depth=0) is None
    assert nested(ChatCompletion, "NothingLikeIt") is None
