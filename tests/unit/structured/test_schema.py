"""Strict JSON schemas from Python types, the strict-mode rules, and parsing answers back."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import subprocess
import sys
import uuid
from typing import Annotated, Any, Literal, Optional, TypedDict

import attrs
import pytest
from pydantic import BaseModel

from integrations_openai.errors import ConfigurationError, ResponseDecodeError
from integrations_openai.structured import (
    check_strict,
    parse_json,
    pydantic_function_tool,
    strict_json_schema,
    strict_violations,
    to_strict,
)


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Step(BaseModel):
    explanation: str
    output: Optional[str] = None  # noqa: UP045 - the spelling users write


class Math(BaseModel):
    """Reasoning, step by step."""

    steps: list[Step]
    final_answer: str
    color: Color
    tags: list[Literal["a", "b"]]


@dataclasses.dataclass
class Node:
    """A tree node."""

    name: str
    children: list[Node]
    weight: float = 1.0
    kind: Literal["leaf", "branch"] | None = None


@attrs.define
class Point:
    x: int
    y: Annotated[int, "meta"]
    label: str = "p"


@dataclasses.dataclass
class Shape:
    corners: list[Point]
    center: Point | None


class Person(TypedDict, total=False):
    name: str
    age: int


SCHEMAS = [Math, Node, Point, Shape, Person, Step]


@pytest.mark.parametrize("tp", SCHEMAS, ids=lambda t: t.__name__)
def test_every_derived_schema_obeys_the_strict_rules(tp: type) -> None:
    schema = strict_json_schema(tp)
    assert strict_violations(schema) == []
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == set(schema["properties"])


def test_pydantic_nested_models_enums_and_optionals() -> None:
    schema = strict_json_schema(Math)
    step = schema["$defs"]["Step"]
    assert step["required"] == ["explanation", "output"]
    assert step["properties"]["output"]["anyOf"] == [{"type": "string"}, {"type": "null"}]
    assert "default" not in step["properties"]["output"]
    assert schema["$defs"]["Color"]["enum"] == ["red", "blue"]
    assert schema["properties"]["steps"]["items"] == {"$ref": "#/$defs/Step"}
    assert schema["properties"]["tags"]["items"]["enum"] == ["a", "b"]


def test_dataclass_recursion_defaults_and_docstring() -> None:
    schema = strict_json_schema(Node)
    assert schema["description"] == "A tree node."
    assert schema["properties"]["children"] == {"type": "array", "items": {"$ref": "#"}}
    # an optional field (it has a default) becomes nullable, and required
    assert schema["properties"]["weight"] == {"anyOf": [{"type": "number"}, {"type": "null"}]}
    assert schema["properties"]["kind"]["anyOf"][0] == {
        "enum": ["leaf", "branch"],
        "type": "string",
    }


def test_nested_classes_go_to_defs_once() -> None:
    schema = strict_json_schema(Shape)
    assert list(schema["$defs"]) == ["Point"]
    assert schema["properties"]["corners"]["items"] == {"$ref": "#/$defs/Point"}
    assert schema["properties"]["center"]["anyOf"][0] == {"$ref": "#/$defs/Point"}
    point = schema["$defs"]["Point"]
    assert point["properties"]["y"] == {"type": "integer"}
    assert point["required"] == ["x", "y", "label"]


def test_typeddict_total_false_fields_become_nullable() -> None:
    schema = strict_json_schema(Person)
    assert schema["properties"]["age"] == {"anyOf": [{"type": "integer"}, {"type": "null"}]}


class WithDict(TypedDict):
    extra: dict[str, int]


@dataclasses.dataclass
class WithAny:
    value: Any


@pytest.mark.parametrize(
    ("tp", "needle"),
    [
        (WithDict, "arbitrary keys"),
        (WithAny, "Any has no strict"),
        (int, "cannot derive"),
        (dict, "cannot derive"),
    ],
)
def test_types_without_a_strict_schema_are_refused_clearly(tp: Any, needle: str) -> None:
    with pytest.raises(ConfigurationError, match=needle):
        strict_json_schema(tp)


def test_violations_name_each_broken_rule() -> None:
    schema = {
        "type": "object",
        "properties": {
            "a": {"type": "string", "minLength": 2},
            "b": {"type": "object", "properties": {"c": {"type": "integer"}}},
            "d": {"$ref": "#/$defs/Missing"},
            "e": {"$ref": "#/$defs/E", "description": "sibling"},
            "f": {"type": "array"},
            "g": {"type": "date"},
        },
        "required": ["a"],
        "$defs": {"E": {"type": "string"}},
    }
    problems = "\n".join(strict_violations(schema))
    assert "#: objects need additionalProperties: false" in problems
    assert "every property must be required (missing: b, d, e, f, g)" in problems
    assert "#/properties/a: unsupported keyword(s) minLength" in problems
    assert "#/properties/b: objects need additionalProperties" in problems
    assert "does not resolve" in problems
    assert "$ref must stand alone" in problems
    assert "#/properties/f: arrays need an items schema" in problems
    assert "unknown type 'date'" in problems
    with pytest.raises(ConfigurationError, match="not a valid strict JSON schema"):
        check_strict(schema)


def test_the_root_must_be_an_object_and_depth_is_bounded() -> None:
    assert strict_violations({"anyOf": [{"type": "string"}]})[0].startswith("#: the root")
    deep: dict[str, Any] = {"type": "string"}
    for _ in range(12):
        deep = {"type": "object", "properties": {"x": deep}, "required": ["x"],
                "additionalProperties": False}  # fmt: skip
    assert any("nest deeper" in p for p in strict_violations(deep))


def test_to_strict_rewrites_what_has_a_faithful_strict_form() -> None:
    schema = {
        "type": "object",
        "properties": {
            "a": {"allOf": [{"$ref": "#/$defs/A"}], "description": "the a"},
            "b": {"oneOf": [{"type": "string"}, {"type": "integer"}], "default": 1},
            "c": {"$ref": "#/$defs/A", "description": "doc next to a ref"},
        },
        "required": ["a"],
        "$defs": {"A": {"type": "object", "properties": {"x": {"type": "string"}}}},
    }
    strict = to_strict(schema)
    assert strict_violations(strict) == []
    assert schema["required"] == ["a"]  # the input is not modified
    assert strict["properties"]["b"]["anyOf"][:2] == [{"type": "string"}, {"type": "integer"}]
    assert strict["properties"]["c"]["anyOf"][0]["description"] == "doc next to a ref"
    assert strict["$defs"]["A"]["additionalProperties"] is False


def test_parse_json_builds_instances_of_every_kind() -> None:
    node = parse_json(Node, json.dumps({"name": "root", "weight": None, "kind": None,
        "children": [{"name": "leaf", "children": [], "weight": 2, "kind": "leaf"}]}))  # fmt: skip
    assert node == Node("root", [Node("leaf", [], 2.0, "leaf")])
    shape = parse_json(Shape, '{"corners": [{"x": 1, "y": 2, "label": null}], "center": null}')
    assert shape == Shape([Point(1, 2)], None)
    assert parse_json(Person, '{"name": "Ann", "age": null}') == {"name": "Ann"}
    math = parse_json(Math, json.dumps({"steps": [{"explanation": "e", "output": None}],
        "final_answer": "4", "color": "red", "tags": ["a"]}))  # fmt: skip
    assert math.color is Color.RED and math.steps[0].explanation == "e"


@pytest.mark.parametrize(
    ("tp", "text"),
    [
        (Node, '{"name": 1, "children": []}'),
        (Node, '{"children": []}'),
        (Shape, '{"corners": {}, "center": null}'),
        (Node, '{"name": "x", "children": [], "kind": "tree"}'),
        (Math, '{"steps": []}'),
        (Point, "not json"),
    ],
)
def test_an_answer_that_does_not_fit_is_a_decode_error(tp: type, text: str) -> None:
    with pytest.raises(ResponseDecodeError, match=f"does not fit {tp.__name__}"):
        parse_json(tp, text)


def test_pydantic_function_tool_is_strict_and_remembers_its_model() -> None:
    tool = pydantic_function_tool(Math)
    assert tool["type"] == "function"
    function = tool["function"]
    assert function["name"] == "Math" and function["strict"] is True
    assert function["description"] == "Reasoning, step by step."
    assert strict_violations(function["parameters"]) == []
    assert tool.model is Math
    named = pydantic_function_tool(Point, name="point", description="A point.")
    assert named["function"]["name"] == "point"
    assert named["function"]["description"] == "A point."


def test_importing_the_client_does_not_import_pydantic() -> None:
    code = "import sys, integrations_openai, integrations_openai.structured; print('pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


@dataclasses.dataclass
class Event:
    when: datetime.datetime
    day: datetime.date
    ident: uuid.UUID
    tags: set[str]
    scores: tuple[float, ...]
    level: Level
    mixed: Literal["a", 1]


def test_formats_sets_tuples_and_int_enums() -> None:
    schema = strict_json_schema(Event)
    props = schema["properties"]
    assert props["when"] == {"type": "string", "format": "date-time"}
    assert props["ident"] == {"type": "string", "format": "uuid"}
    assert props["tags"] == {"type": "array", "items": {"type": "string"}}
    assert props["scores"] == {"type": "array", "items": {"type": "number"}}
    assert props["level"] == {"enum": [1, 2], "type": "integer"}
    assert props["mixed"] == {"enum": ["a", 1]}
    text = json.dumps({"when": "2026-01-02T03:04:05+00:00", "day": "2026-01-02",
        "ident": "12345678-1234-5678-1234-567812345678", "tags": ["x", "x"],
        "scores": [1, 2.5], "level": 2, "mixed": 1})  # fmt: skip
    event = parse_json(Event, text)
    assert event.when.year == 2026 and event.day == datetime.date(2026, 1, 2)
    assert event.ident == uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert event.tags == {"x"} and event.scores == (1.0, 2.5) and event.level is Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        '{"when": 5, "day": "2026-01-02", "ident": "x", "tags": [], "scores": [], "level": 1, "mixed": "a"}',
        '{"when": "2026-01-02T00:00:00", "day": "2026-01-02", "ident": "12345678-1234-5678-1234-567812345678", "tags": [], "scores": [true], "level": 1, "mixed": "a"}',
        '{"when": "2026-01-02T00:00:00", "day": "2026-01-02", "ident": "12345678-1234-5678-1234-567812345678", "tags": [], "scores": [], "level": 7, "mixed": "a"}',
        "[]",
    ],
)
def test_formats_that_do_not_parse_are_decode_errors(text: str) -> None:
    with pytest.raises(ResponseDecodeError):
        parse_json(Event, text)


@dataclasses.dataclass
class HoldsPydantic:
    step: Step


@dataclasses.dataclass
class FixedTuple:
    pair: tuple[int, int]


def test_mixing_kinds_and_fixed_tuples_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="make the outer class a pydantic model"):
        strict_json_schema(HoldsPydantic)
    with pytest.raises(ConfigurationError, match="has no strict JSON schema"):
        strict_json_schema(FixedTuple)


def test_build_handles_nested_pydantic_dicts_and_null() -> None:
    from integrations_openai.structured._convert import build

    assert build(dict[str, int], {"a": 1}) == {"a": 1}
    assert build(Step, {"explanation": "e"}) == Step(explanation="e")
    assert build(type(None), None) is None
    assert build(Any, [1]) == [1]
    with pytest.raises(Exception, match="expected null"):
        build(type(None), 1)
    with pytest.raises(Exception, match="expected an object"):
        build(dict[str, int], [])
    with pytest.raises(Exception, match="cannot build"):
        build(complex, 1)


def test_result_types_load_lazily_from_the_structured_package() -> None:
    import integrations_openai.structured as structured

    assert structured.ParsedChatCompletion.__name__ == "ParsedChatCompletion"
    with pytest.raises(AttributeError):
        _ = structured.NoSuchName  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"steps": [{"a": "x', {"steps": [{}]}),  # an unfinished string is dropped
        ('{"a": 1, "b": tru', {"a": 1}),
        ('{"a": 1, "b":', {"a": 1}),
        ('{"a": "x\\', {}),
        ('{"a": ["x", "y', {"a": ["x"]}),
        ('["ab', []),
        ('{"ke', {}),
        ('{"a": "p, q", "b": [tr', {"a": "p, q", "b": []}),
        ("[1, 2", [1, 2]),
        ('{"a": "x", ', {"a": "x"}),
        ("", None),
        ("nul", None),
    ],
)
def test_partial_json_completes_a_streamed_prefix(text: str, expected: object) -> None:
    from integrations_openai.structured._partial import partial_json

    assert partial_json(text) == expected


class Forecast(BaseModel):
    city: str
    unit: str = "celsius"
    note: Optional[str] = None  # noqa: UP045 - the spelling SDK users write


def test_a_pydantic_default_is_sent_as_the_sdk_sends_it() -> None:
    schema = strict_json_schema(Forecast)
    assert schema["required"] == ["city", "unit", "note"]
    # The model fills in a defaulted field (its default is kept, no null added) ...
    assert schema["properties"]["unit"] == {"default": "celsius", "title": "Unit", "type": "string"}
    # ... while pydantic's ``default: None`` of an optional field is dropped.
    assert schema["properties"]["note"] == {
        "anyOf": [{"type": "string"}, {"type": "null"}],
        "title": "Note",
    }
    assert strict_violations(schema) == []
    assert (
        parse_json(Forecast, '{"city": "Paris", "unit": "kelvin", "note": null}').unit == "kelvin"
    )


def test_a_pydantic_default_factory_field_stays_as_pydantic_has_it() -> None:
    # as the official SDK: pydantic leaves a field out of `required` only when it has a
    # default, which `default_factory` does not show; it is made required, not nullable
    from pydantic import BaseModel, Field

    class Tagged(BaseModel):
        tags: list[str] = Field(default_factory=list)

    schema = strict_json_schema(Tagged)
    assert schema["properties"]["tags"] == {
        "items": {"type": "string"},
        "title": "Tags",
        "type": "array",
    }
    assert schema["required"] == ["tags"]


def test_the_helper_fills_stream_where_the_generated_body_keeps_its_place() -> None:
    from integrations_openai_api.types import UNSET

    from integrations_openai.structured._core import prepare

    body = {"model": "m", "stream": UNSET, "messages": [], "temperature": UNSET, "n": 2}
    assert list(prepare("chat.parse", body, {}).body) == ["model", "stream", "messages", "n"]
    assert prepare("chat.stream", body, {}).body["stream"] is True
    # without the slot (a hand-made call), stream goes last
    assert list(prepare("chat.parse", {"model": "m", "messages": []}, {}).body)[-1] == "stream"
