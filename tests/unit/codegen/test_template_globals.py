"""The template helpers that decide model attribute names, annotations and recursion."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from scripts.codegen import template_globals as tg


@dataclass
class Code:
    text: str

    def as_unembedded_code(self) -> str:
        return self.text


@dataclass
class Prop:
    name: str
    python_name: str
    template: str = "any_property.py.jinja"
    type_string: str = "str"
    required: bool = True
    default: Any = None
    inner_property: Any = None
    inner_properties: list[Any] = field(default_factory=list)
    class_name: str = ""

    def get_type_string(self, no_optional: bool = False) -> Code:
        return Code(self.type_string)

    @property
    def class_info(self) -> Any:
        return type("Info", (), {"name": self.class_name})()


def model_prop(cls: str) -> Prop:
    return Prop(cls.lower(), cls.lower(), "model_property.py.jinja", cls, class_name=cls)


@pytest.mark.parametrize(
    ("name", "python_name", "expected"),
    [
        ("type", "type_", "type"),
        ("object", "object_", "object"),
        ("from", "from_", "from_"),  # a keyword keeps its underscore
        ("self", "self_", "self_"),
        ("harassment/threatening", "harassmentthreatening", "harassment_threatening"),
        ("id", "id", "id"),
    ],
)
def test_attr_name(name: str, python_name: str, expected: str) -> None:
    assert tg.attr_name(Prop(name, python_name)) == expected


def test_annotations_admit_what_a_field_can_hold() -> None:
    enum = Prop("tier", "tier", "literal_enum_property.py.jinja", "Tier", required=False)
    assert tg.field_annotation(enum) == "str | Tier | None"
    union = Prop("item", "item", "union_property.py.jinja", required=True)
    union.inner_properties = [model_prop("A"), model_prop("B"), Prop("n", "n", type_string="None")]
    assert tg.field_annotation(union) == "A | B | UnknownVariant | None"
    listed = Prop("xs", "xs", "list_property.py.jinja", inner_property=enum)
    assert tg.field_annotation(listed) == "list[str | Tier]"
    nested = Prop("d", "d", type_string="dict[str, int | str]", required=False)
    assert tg.field_annotation(nested) == "dict[str, int | str] | None"


def test_defaults() -> None:
    assert tg.field_default(Prop("a", "a", required=False)) == "ABSENT"
    assert tg.field_default(Prop("a", "a")) is None
    const = Prop("t", "t", default=type("V", (), {"python_code": Code('"x"')})())
    assert tg.field_default(const) == '"x"'


def test_check_fields_refuses_clashes() -> None:
    assert tg.check_fields("M", [Prop("type", "type_"), Prop("id", "id")]) == ""
    with pytest.raises(ValueError, match="hide a method"):
        tg.check_fields("M", [Prop("to_dict", "to_dict")])
    with pytest.raises(ValueError, match="map to type"):
        tg.check_fields("M", [Prop("type", "type_"), Prop("type_", "type")])


def test_accessor_mixins_replace_the_spec_property() -> None:
    assert tg.model_mixins("ResponseObject") == ["ResponseAccessors"]
    assert tg.model_mixins("Other") == []
    props = [Prop("output_text", "output_text"), Prop("id", "id")]
    assert [p.name for p in tg.model_fields("ResponseObject", props)] == ["id"]
    assert len(tg.model_fields("Other", props)) == 2


@dataclass
class Model:
    class_name: str
    required_properties: list[Any]
    optional_properties: list[Any] = field(default_factory=list)
    additional_properties: Any = None

    @property
    def class_info(self) -> Any:
        return type("Info", (), {"name": self.class_name})()


def test_recursive_models_are_the_cycles() -> None:
    listed = Prop("xs", "xs", "list_property.py.jinja", inner_property=model_prop("Filter"))
    models = [
        Model("Filter", [listed]),  # contains itself
        Model("A", [model_prop("B")]),
        Model("B", [], [model_prop("A")]),  # A <-> B
        Model("C", [model_prop("A")]),  # reaches a cycle, is not in one
    ]
    assert tg.recursive_models(models) == {"Filter", "A", "B"}
