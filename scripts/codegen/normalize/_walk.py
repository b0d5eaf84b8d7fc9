"""Traversal of every schema object in an OpenAPI 3.1 document, in a fixed order.

Passes mutate schema dicts *in place* (`node.clear(); node.update(new)`), so the walker
only needs to hand out the dict objects plus where they sit (`Site`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_LIST_KEYS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_KEYS = ("items", "additionalProperties", "not", "contains", "propertyNames")
SCHEMA_MAP_KEYS = ("properties", "patternProperties", "$defs")
UNION_KEYS = ("anyOf", "oneOf")


@dataclass(frozen=True)
class Site:
    """Where a schema sits.

    `path` is the JSON path from the document root; `relation` is how the schema hangs off
    its parent schema (`root`, `properties`, `items`, `additionalProperties`, `anyOf`,
    `oneOf`, `allOf`, ...); `key` the property name or member index; `parent` the parent
    schema (None for roots); `root_kind` what the root is (`component`, `parameter`,
    `request`, `response`, `header`).
    """

    path: tuple[str | int, ...]
    relation: str
    key: str | int | None
    parent: dict[str, Any] | None
    root_kind: str

    @property
    def pointer(self) -> str:
        """The RFC 6901 JSON pointer of this schema."""
        parts = [str(p).replace("~", "~0").replace("/", "~1") for p in self.path]
        return "#/" + "/".join(parts)


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield `(path, method, operation)` for every operation, in document order."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


def iter_roots(spec: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any], str]]:
    """Yield `(path, schema, root_kind)` for every top-level schema of the document."""
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        if isinstance(schema, dict):
            yield ("components", "schemas", name), schema, "component"
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for i, param in enumerate(item.get("parameters") or []):
            if isinstance(param, dict) and isinstance(param.get("schema"), dict):
                yield ("paths", path, "parameters", i, "schema"), param["schema"], "parameter"
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            base: tuple[str | int, ...] = ("paths", path, method)
            for i, param in enumerate(op.get("parameters") or []):
                if isinstance(param, dict) and isinstance(param.get("schema"), dict):
                    yield (*base, "parameters", i, "schema"), param["schema"], "parameter"
            body = op.get("requestBody")
            if isinstance(body, dict):
                for ctype, media in (body.get("content") or {}).items():
                    if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                        yield (
                            (*base, "requestBody", "content", ctype, "schema"),
                            media["schema"],
                            "request",
                        )
            for code, resp in (op.get("responses") or {}).items():
                if not isinstance(resp, dict):
                    continue
                for hname, header in (resp.get("headers") or {}).items():
                    if isinstance(header, dict) and isinstance(header.get("schema"), dict):
                        yield (
                            (*base, "responses", str(code), "headers", hname, "schema"),
                            header["schema"],
                            "header",
                        )
                for ctype, media in (resp.get("content") or {}).items():
                    if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                        yield (
                            (*base, "responses", str(code), "content", ctype, "schema"),
                            media["schema"],
                            "response",
                        )


def children(schema: dict[str, Any]) -> Iterator[tuple[str, str | int | None, dict[str, Any]]]:
    """Yield `(relation, key, child)` for the direct sub-schemas of `schema`."""
    for rel in SCHEMA_MAP_KEYS:
        mapping = schema.get(rel)
        if isinstance(mapping, dict):
            for key, child in mapping.items():
                if isinstance(child, dict):
                    yield rel, key, child
    for rel in SCHEMA_KEYS:
        child = schema.get(rel)
        if isinstance(child, dict):
            yield rel, None, child
    for rel in SCHEMA_LIST_KEYS:
        members = schema.get(rel)
        if isinstance(members, list):
            for i, child in enumerate(members):
                if isinstance(child, dict):
                    yield rel, i, child


Visitor = Callable[[dict[str, Any], Site], None]


def walk(spec: dict[str, Any], visit: Visitor, *, post_order: bool = False) -> None:
    """Call `visit(schema, site)` on every schema of the document.

    Pre-order (default) visits a parent before its children, so a visitor that rewrites a
    node in place has its new children walked. Post-order visits children first.
    """
    for path, schema, kind in list(iter_roots(spec)):
        _walk_node(schema, Site(path, "root", None, None, kind), visit, post_order)


def _walk_node(node: dict[str, Any], site: Site, visit: Visitor, post_order: bool) -> None:
    if not post_order:
        visit(node, site)
    for rel, key, child in list(children(node)):
        path = (*site.path, rel) if key is None else (*site.path, rel, key)
        _walk_node(child, Site(path, rel, key, node, site.root_kind), visit, post_order)
    if post_order:
        visit(node, site)


def iter_schemas(spec: dict[str, Any]) -> Iterator[tuple[dict[str, Any], Site]]:
    """Every `(schema, site)` pair, pre-order; collect before mutating."""
    found: list[tuple[dict[str, Any], Site]] = []
    walk(spec, lambda node, site: found.append((node, site)))
    return iter(found)


def replace(node: dict[str, Any], new: dict[str, Any]) -> None:
    """Replace the contents of `node` in place (keeps every reference to it valid)."""
    snapshot = dict(new)
    node.clear()
    node.update(snapshot)


COMPONENT_PREFIX = "#/components/schemas/"


def ref_name(ref: str) -> str | None:
    """The component name of a local `#/components/schemas/...` reference, else None."""
    if ref.startswith(COMPONENT_PREFIX):
        return ref[len(COMPONENT_PREFIX) :].replace("~1", "/").replace("~0", "~")
    return None


def component_ref(name: str) -> str:
    """The `$ref` string of component `name`."""
    return COMPONENT_PREFIX + name.replace("~", "~0").replace("/", "~1")


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref` chains to the component schema (returns `schema` if it has no ref)."""
    seen: set[str] = set()
    while isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        name = ref_name(ref)
        if name is None or ref in seen:
            break
        seen.add(ref)
        target = spec.get("components", {}).get("schemas", {}).get(name)
        if not isinstance(target, dict):
            break
        schema = target
    return schema
