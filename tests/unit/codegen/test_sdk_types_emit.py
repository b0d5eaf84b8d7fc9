"""The `sdk_types` mapping and emitter: SDK names matched by shape, modules rendered from it."""

from __future__ import annotations

import sys
import types
from typing import Any, Literal, TypedDict

import pydantic
import pytest
from integrations_openai_api.models.model import Model

from scripts.codegen.sdk_types import derive
from scripts.codegen.sdk_types.emit import packages, render_module


class SdkModel(pydantic.BaseModel):
    id: str
    created: int
    object: Literal["model"]
    owned_by: str


class SdkFile(pydantic.BaseModel):
    id: str
    created: int
    object: Literal["file"]
    owned_by: str


class UserParam(TypedDict):
    role: Literal["user"]
    content: str


class SystemParam(TypedDict):
    role: Literal["system"]
    content: str


def test_models_match_by_constants_and_wire_fields() -> None:
    ours = {"Model": ("model", Model)}
    assert derive._match_model("Model", SdkModel, ours) == "Model"
    # The same fields under another `object` constant are another thing.
    assert derive._match_model("FileObject", SdkFile, ours) is None


def test_params_literals_and_unions_are_classified() -> None:
    ours: tuple[dict[str, Any], dict[str, Any], dict[str, Any]] = (
        {},
        {"Role": ("role", frozenset({"user", "system"}))},
        {"Message": frozenset({"A", "B"})},
    )
    assert derive._classify("P", UserParam, ours, {}) == {"param": "dict"}
    assert derive._classify("P", UserParam | SystemParam, ours, {}) == {"param": "dict"}
    assert derive._classify("P", list[UserParam], ours, {}) == {"param": "list"}
    assert derive._classify("R", Literal["system", "user"], ours, {}) == {"literal": "role:Role"}
    assert derive._classify("R", Literal[1, 2], ours, {}) is None
    mapped = {f"{__name__}:SdkModel": "A", f"{__name__}:SdkFile": "B"}
    assert derive._classify("M", SdkModel | SdkFile, ours, mapped) == {"union": "Message"}
    assert derive._classify("Message", int | str, ours, {}) == {"union": "Message"}
    assert derive._classify("X", int, ours, {}) is None
    # String sets with no generated literal of the same values: open `str` aliases.
    assert derive._classify("M", Literal["gpt-x"], ours, {}) == {"text": "str"}
    assert derive._classify("E", Literal["low"] | None, ours, {}) == {"text": "optional"}
    assert derive._classify("C", str | Literal["a"], ours, {}) == {"text": "str"}
    tool_choice = Literal["auto"] | UserParam
    assert derive._classify("T", tool_choice, ours, {}) == {"param": "str_or_dict"}


def test_packages_include_parents_and_skip_empty_ones() -> None:
    data = {
        "types.beta.threads": {"sdk_names": 2, "names": {"X": {"param": "dict"}}},
        "types.safety": {"sdk_names": 3, "names": {}},
    }
    assert packages(data) == ["types", "types.beta", "types.beta.threads"]


def test_a_rendered_module_loads_its_names_lazily() -> None:
    entry = {
        "sdk_names": 4,
        "names": {
            "Model": {"model": "model:Model"},
            "ThingParam": {"param": "dict"},
            "ThingsParam": {"param": "list"},
            "Effort": {"text": "optional"},
        },
    }
    source = render_module("types.example", entry, "integrations_openai_api")
    assert "4 of its 4 names" in source
    module = types.ModuleType("sdk_types_example")
    sys.modules[module.__name__] = module
    try:
        exec(compile(source, "<sdk_types_example>", "exec"), module.__dict__)
        assert module.SDK_NAMES == 4
        assert module.__all__ == ["SDK_NAMES", "Effort", "Model", "ThingParam", "ThingsParam"]
        assert module.Effort == str | None
        assert "Model" not in vars(module)  # nothing loaded before first use
        assert module.Model is Model
        assert module.ThingParam(a=1) == {"a": 1}
        assert module.ThingsParam() == []
        with pytest.raises(AttributeError, match="Nope"):
            _ = module.Nope
    finally:
        del sys.modules[module.__name__]


def test_equal_shapes_prefer_the_class_responses_use() -> None:
    names = ["StaticChunkingStrategyRequestParam", "StaticChunkingStrategyResponseParam", "Static"]
    assert sorted(names, key=derive._response_side) == [
        "StaticChunkingStrategyRequestParam",
        "StaticChunkingStrategyResponseParam",
        "Static",
    ]
