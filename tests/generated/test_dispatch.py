"""Union dispatch picks the member the data was built from (or an equally valid one).

Covers every union of two or more object `$ref`s used by a model property (or its array
items) in the normalized spec, and every root union entry point in `unions.py`.
"""

from __future__ import annotations

import importlib
from typing import Any

import jsonschema
import pytest
from integrations_openai_api import events, models, unions
from integrations_openai_api._runtime.dispatch import _Plan, pick_variant
from integrations_openai_api._runtime.lenient import UnknownVariant

from tests.generated._instances import InstanceMaker, class_name

SEED = 7


def load(name: str) -> type[Any]:
    module = importlib.import_module(f"{models.__name__}.{models._MODULES[name]}")
    cls: type[Any] = getattr(module, name)
    return cls


def ref_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[-1]


def object_members(
    node: dict[str, Any], schemas: dict[str, Any], seen: tuple[str, ...] = ()
) -> list[str]:
    """The object components a schema is a union of (through refs to union components)."""
    if "$ref" in node:
        name = ref_name(node)
        target = schemas[name]
        if name in seen:
            return []
        if target.get("type") == "object" and not (target.get("anyOf") or target.get("oneOf")):
            return [name]
        return object_members(target, schemas, (*seen, name))
    out: list[str] = []
    for member in node.get("anyOf") or node.get("oneOf") or []:
        for leaf in object_members(member, schemas, seen):
            if leaf not in out:
                out.append(leaf)
    return out


def union_sites(spec: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(where, member components) for property unions of >= 2 object members."""
    schemas = spec["components"]["schemas"]
    sites = []
    for owner, schema in schemas.items():
        for prop, sub in (schema.get("properties") or {}).items():
            for where, node in ((prop, sub), (f"{prop}[]", sub.get("items") or {})):
                objects = object_members(node, schemas)
                if len(objects) >= 2:
                    sites.append((f"{owner}.{where}", objects))
    return sites


class Checker:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.maker = InstanceMaker(spec, SEED)
        self.validators: dict[str, jsonschema.Draft202012Validator] = {}

    def valid_for(self, component: str, instance: Any) -> bool:
        validator = self.validators.get(component)
        if validator is None:
            schema = {
                "components": self.spec["components"],
                "$ref": f"#/components/schemas/{component}",
            }
            validator = self.validators[component] = jsonschema.Draft202012Validator(schema)
        return bool(validator.is_valid(instance))


@pytest.fixture(scope="module")
def checker(normalized_spec: dict[str, Any]) -> Checker:
    return Checker(normalized_spec)


def test_property_unions_pick_the_right_member(
    normalized_spec: dict[str, Any], overrides: dict[str, str], checker: Checker
) -> None:
    sites = union_sites(normalized_spec)
    assert len(sites) > 100
    wrong, ambiguous, checked = [], 0, 0
    for where, members in sites:
        names = [class_name(m, overrides) for m in members]
        classes = tuple(load(n) for n in names)
        by_class = dict(zip(classes, members, strict=True))
        for member, cls in zip(members, classes, strict=True):
            instance = checker.maker.component(member)
            picked = pick_variant(instance, classes)
            checked += 1
            if picked is cls:
                continue
            # Acceptable only when the data is just as valid for the member picked.
            if picked is not None and checker.valid_for(by_class[picked], instance):
                ambiguous += 1
                continue
            wrong.append(f"{where}: {member} -> {getattr(picked, '__name__', None)}")
    assert not wrong, f"{len(wrong)}/{checked} wrong:\n" + "\n".join(wrong[:20])
    assert ambiguous < checked // 20  # spec overlaps (anyOf of look-alikes) stay rare


def test_discriminated_unions_build_a_lookup_table() -> None:
    output_items = unions.UNIONS["OutputItem"]
    classes = tuple(output_items._classes(v)[0] for v in sorted(output_items.table))
    plan = _Plan(classes)
    assert plan.key == "type"
    assert all(len(found) == 1 for found in plan.table.values())
    assert len(plan.table) == len(output_items.table)
    assert not plan.rest


@pytest.mark.parametrize("name", sorted(unions.UNIONS))
def test_root_union_entry_points(name: str, overrides: dict[str, str], checker: Checker) -> None:
    union = unions.UNIONS[name]
    for value, targets in sorted(union.table.items()):
        component = _component_of(targets[0], checker.spec, overrides)
        instance = checker.maker.component(component)
        if isinstance(instance, dict):
            # An optional discriminator may be left out by the maker: the table is under test.
            instance.setdefault(union.key, value)
        parsed = union.parse(instance)
        assert not isinstance(parsed, UnknownVariant), (value, instance)
        assert parsed.to_dict() == instance
        if len(targets) == 1:
            assert type(parsed).__qualname__ == targets[0].rsplit(":", 1)[1]
        assert getattr(parsed, union.key.rstrip("_"), None) in (value, None) or union.key != "type"
    unknown = {union.key: "brand.new.kind", "x": 1}
    result = union.parse(unknown)
    if not union.rest:
        assert isinstance(result, UnknownVariant)
        assert result.to_dict() == unknown


def _component_of(target: str, spec: dict[str, Any], overrides: dict[str, str]) -> str:
    cls = target.rsplit(":", 1)[1]
    for component in spec["components"]["schemas"]:
        if class_name(component, overrides) == cls:
            return component
    raise AssertionError(f"no component for {cls}")


def test_named_event_entry_points_exist() -> None:
    for name in (
        "parse_response_stream_event",
        "parse_assistant_stream_event",
        "parse_realtime_server_event",
        "parse_chat_completion_chunk",
    ):
        assert callable(getattr(events, name))


def test_union_aliases_exist_at_runtime() -> None:
    from typing import get_args

    from integrations_openai_api.unions import ResponseStreamEvent

    members = get_args(ResponseStreamEvent)
    assert UnknownVariant in members
    assert len(members) == len(unions.UNIONS["ResponseStreamEvent"].table) + 1
    assert unions.ResponseStreamEvent is ResponseStreamEvent
