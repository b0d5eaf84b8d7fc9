"""The generator rule that keeps union narrowing: `template_globals.strict_discriminators`.

An enum field admits any `str` (the API adds values), except the discriminator of a class
reached only through union dispatch: there an unknown value becomes an `UnknownVariant`,
so the class only ever holds a listed value and its annotation is the bare `Literal`.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from scripts.codegen.template_globals import field_annotation, strict_discriminators

CONST, ENUM = "const_property.py.jinja", "literal_enum_property.py.jinja"


def prop(name: str, template: str, **extra: Any) -> SimpleNamespace:
    return SimpleNamespace(name=name, template=template, required=True, **extra)


def ref(cls: str) -> SimpleNamespace:
    return prop("x", "model_property.py.jinja", class_info=SimpleNamespace(name=cls))


def union(*members: SimpleNamespace) -> SimpleNamespace:
    return prop("u", "union_property.py.jinja", inner_properties=list(members))


def listed(inner: SimpleNamespace) -> SimpleNamespace:
    return prop("l", "list_property.py.jinja", inner_property=inner)


def model(cls: str, *props: SimpleNamespace) -> SimpleNamespace:
    return SimpleNamespace(
        class_info=SimpleNamespace(name=cls),
        required_properties=list(props),
        optional_properties=[],
        additional_properties=None,
    )


FUNCTION = model("FunctionTool", prop("type", CONST))
SEARCH = model("WebSearchTool", prop("type", ENUM))
LONER = model("Standalone", prop("type", ENUM))


def holder(*props: SimpleNamespace) -> SimpleNamespace:
    return model("Holder", *props)


def test_a_member_reached_only_through_dispatch_is_strict() -> None:
    tools = prop(
        "tools",
        "list_property.py.jinja",
        inner_property=union(ref("FunctionTool"), ref("WebSearchTool")),
    )
    models = [FUNCTION, SEARCH, holder(tools)]
    assert strict_discriminators(models, []) == {("WebSearchTool", "type")}


def test_a_member_also_reached_directly_keeps_str() -> None:
    tools = listed(union(ref("FunctionTool"), ref("WebSearchTool")))
    direct = prop(
        "search", "model_property.py.jinja", class_info=SimpleNamespace(name="WebSearchTool")
    )
    assert strict_discriminators([FUNCTION, SEARCH, holder(tools, direct)], []) == frozenset()
    # an operation result is direct too
    endpoint = SimpleNamespace(responses=[SimpleNamespace(prop=ref("WebSearchTool"))])
    assert strict_discriminators([FUNCTION, SEARCH, holder(tools)], [endpoint]) == frozenset()


def test_no_dispatch_key_no_strictness() -> None:
    # one tagged member: dispatch has no table to look values up in
    alone = listed(union(ref("Standalone"), prop("s", "string_property.py.jinja")))
    assert strict_discriminators([LONER, holder(alone)], []) == frozenset()


def test_the_annotation_drops_str_only_for_strict_pairs() -> None:
    field = prop("type", ENUM, get_type_string=lambda no_optional: "Literal['a', 'b']")
    assert field_annotation(field, "WebSearchTool") == "Literal['a', 'b'] | str"
    strict = frozenset({("WebSearchTool", "type")})
    assert field_annotation(field, "WebSearchTool", strict=strict) == "Literal['a', 'b']"
    assert field_annotation(field, "Other", strict=strict) == "Literal['a', 'b'] | str"
