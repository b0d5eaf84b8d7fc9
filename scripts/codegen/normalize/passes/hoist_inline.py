"""Pass `hoist_inline`: inline objects and enums become named components."""

from __future__ import annotations

from typing import Any

from openapi_python_client import strings

from .._model import Changes, Context, Pass
from .._walk import UNION_KEYS, component_ref, iter_operations

HOISTED = "x-codegen-hoisted"
"""Internal marker on hoisted components (the naming hint); `dedupe_hoisted` removes it."""


def class_key(name: str) -> str:
    """How the generator tells class names apart (module name of the class)."""
    return strings.snake_case(strings.pascal_case(name))


def _hoistable(node: dict[str, Any]) -> bool:
    if "$ref" in node or any(k in node for k in UNION_KEYS):
        return False
    return node.get("type") == "object" or "properties" in node or "enum" in node


def _const_value(spec: dict[str, Any], member: dict[str, Any]) -> str | None:
    for prop in (member.get("properties") or {}).values():
        if isinstance(prop, dict) and isinstance(prop.get("const"), str):
            return str(prop["const"])
    return None


class _Hoister:
    def __init__(self, spec: dict[str, Any], ctx: Context, changes: Changes) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec.setdefault("components", {}).setdefault("schemas", {})
        self.taken = {class_key(n) for n in self.schemas} | {
            class_key(n) for n in ctx.reserved_names
        }
        self.changes = changes
        self.new: dict[str, Any] = {}

    def allocate(self, wanted: str) -> str:
        base = strings.pascal_case(wanted) or "Schema"
        name, n = base, 1
        while class_key(name) in self.taken:
            n += 1
            name = f"{base}{n}"
        self.taken.add(class_key(name))
        return name

    def hoist(self, node: dict[str, Any], wanted: str, hint: str, site: str) -> None:
        """Hoist `node` (a non-root schema) if it is an object or enum, recursing first."""
        if _hoistable(node):
            name = self.allocate(wanted)
            self.descend(node, name, hint)
            moved = dict(node)
            moved[HOISTED] = hint
            self.new[name] = moved
            node.clear()
            node["$ref"] = component_ref(name)
            self.changes.add("enum hoisted" if "enum" in moved else "object hoisted", site)
        else:
            self.descend(node, wanted, hint)

    def descend(self, node: dict[str, Any], name: str, hint: str) -> None:
        """Hoist the sub-schemas of `node`, naming them after `name`."""
        for prop, child in (node.get("properties") or {}).items():
            if isinstance(child, dict):
                part = strings.pascal_case(prop)
                self.hoist(child, name + part, part, f"{name}.{prop}")
        for key, suffix in (("items", "Item"), ("additionalProperties", "Value")):
            child = node.get(key)
            if isinstance(child, dict):
                self.hoist(child, name + suffix, suffix, f"{name}[{key}]")
        for key in UNION_KEYS:
            members = [m for m in node.get(key) or [] if isinstance(m, dict)]
            real = [m for m in members if m != {"type": "null"}]
            for i, member in enumerate(real):
                part = "" if len(real) == 1 else self.member_hint(member, i)
                self.hoist(member, name + part, part or hint, f"{name}.{key}[{i}]")

    def member_hint(self, member: dict[str, Any], index: int) -> str:
        if isinstance(member.get("title"), str) and member["title"].strip():
            return strings.pascal_case(member["title"])
        const = _const_value(self.spec, member)
        if const:
            return strings.pascal_case(const)
        if "enum" in member:
            return "Enum"
        if _hoistable(member):
            return "Object"
        return f"Variant{index + 1}"


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Move every inline object and enum schema to `components/schemas` under a stable name.

    Construct: inline object/enum schemas inside unions, arrays, maps, properties,
    parameters, request bodies and responses (about 800 in 2.3.0).
    Failure: inline models inside unions are built eagerly while components are still being
    parsed, so forward/circular references fail depending on order; position-based names
    (`...Type1TokenLimits`) collide (`Attempted to generate duplicate models`).
    Fix: hoist bottom-up with names from the owner: component + PascalCase(property),
    + `Item` (array items), + `Value` (map values); a union member adds its title, else
    its `const` discriminator value, else `Enum`/`Object`/`VariantN`; a lone non-null
    member keeps the owner's name. Operation roots are named `<OperationId>Body`,
    `<OperationId>Response[<code>]` and `<OperationId><Param>`. Collisions (with any
    component or reserved name, compared as the generator compares them) get `2`, `3`...
    Precision lost: none for shape. A `default` on a hoisted enum is not used at the
    `$ref` site (documentation only).
    """
    changes = Changes()
    hoister = _Hoister(spec, ctx, changes)
    for name in list(hoister.schemas):
        schema = hoister.schemas[name]
        if isinstance(schema, dict):
            hoister.descend(schema, name, name)
    for path, method, op in iter_operations(spec):
        op_name = strings.pascal_case(op.get("operationId") or f"{method} {path}")
        for param in op.get("parameters") or []:
            schema = param.get("schema") if isinstance(param, dict) else None
            if isinstance(schema, dict):
                part = strings.pascal_case(str(param.get("name", "param")))
                hoister.hoist(schema, op_name + part, part, f"{op_name}({param.get('name')})")
        for media in ((op.get("requestBody") or {}).get("content") or {}).values():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                hoister.hoist(media["schema"], op_name + "Body", "Body", f"{op_name} body")
        for code, resp in (op.get("responses") or {}).items():
            suffix = "Response" if str(code) == "200" else f"Response{code}"
            for media in ((resp or {}).get("content") or {}).values():
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    hoister.hoist(media["schema"], op_name + suffix, suffix, f"{op_name} {code}")
    hoister.schemas.update(hoister.new)
    return changes


PASS = Pass("hoist_inline", run)
