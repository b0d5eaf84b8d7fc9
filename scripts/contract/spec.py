"""Load the pinned OpenAPI spec and walk its operations.

YAML timestamps stay strings (JSON has no dates, and jsonschema must see what the wire sees).
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "openapi.yml"
LOCK_PATH = ROOT / "openapi" / "spec.lock.json"
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")

Spec = dict[str, Any]
Schema = dict[str, Any]


class SpecLockError(RuntimeError):
    """The spec on disk is not the one the lock file pins."""


class _Loader(yaml.CSafeLoader):  # type: ignore[misc]  # untyped base without stubs
    """Safe YAML loader that keeps timestamps as plain strings."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


def load_spec(path: Path = SPEC_PATH, *, lock: Path | None = LOCK_PATH) -> Spec:
    """Parse a spec file (YAML or JSON); with `lock`, refuse one whose sha256 differs."""
    raw = path.read_bytes()
    if lock is not None and lock.exists():
        expected = json.loads(lock.read_text())["sha256"]
        actual = hashlib.sha256(raw).hexdigest()
        if actual != expected:
            raise SpecLockError(f"{path}: sha256 {actual} does not match {lock} ({expected})")
    if path.suffix == ".json":
        data: Spec = json.loads(raw)
    else:
        data = yaml.load(raw, Loader=_Loader)  # a SafeLoader subclass
    return data


@functools.cache
def pinned_spec() -> Spec:
    """The pinned spec, parsed once per process (callers must not mutate it)."""
    return load_spec()


@dataclass(frozen=True)
class Operation:
    """One spec operation with the parts the contract tools need."""

    operation_id: str
    method: str
    path: str
    raw: dict[str, Any] = field(repr=False, compare=False)

    @property
    def parameters(self) -> list[dict[str, Any]]:
        """Path and operation parameters (operation-level ones win)."""
        return list(self.raw.get("parameters", []))

    @property
    def request_contents(self) -> dict[str, Any]:
        """media type -> media type object of the request body (empty when none)."""
        body = self.raw.get("requestBody") or {}
        return dict(body.get("content", {}))

    def success_response(self) -> tuple[str, dict[str, Any]]:
        """The first 2xx response: (status, response object)."""
        for status, response in self.raw.get("responses", {}).items():
            if str(status).startswith("2"):
                return str(status), response
        raise KeyError(f"{self.operation_id}: no 2xx response")


def iter_operations(spec: Spec) -> Iterator[Operation]:
    """Every operation of the spec, in document order."""
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            merged = dict(op)
            own = {(p.get("name"), p.get("in")) for p in op.get("parameters", [])}
            merged["parameters"] = [
                p for p in shared if (p.get("name"), p.get("in")) not in own
            ] + list(op.get("parameters", []))
            yield Operation(op["operationId"], method.upper(), path, merged)


def resolve(spec: Spec, node: Any) -> Any:
    """Follow `$ref` chains inside the spec document."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise ValueError(f"unresolvable $ref {ref!r}")
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def to_json_schema(spec: Spec) -> Spec:
    """A copy of the spec whose schemas mean under Draft 2020-12 what OpenAPI 3.0 habits intend.

    The pinned spec says 3.1 but still uses `nullable: true`, which 2020-12 ignores; the real
    API sends those nulls, so `nullable` becomes an explicit `null` alternative.
    """
    out = copy.deepcopy(spec)
    rewrite_nullable(out, typeless_only=False)
    return out


_ANNOTATIONS = frozenset(
    {"description", "title", "default", "example", "examples", "deprecated", "x-oaiTypeLabel"}
)


def rewrite_nullable(node: Any, *, typeless_only: bool, pointer: str = "#") -> list[str]:
    """Replace the OpenAPI 3.0 `nullable` keyword with JSON-schema `null` alternatives, in place.

    `typeless_only` limits the rewrite to schemas without `type` (the ones Ajv refuses to
    compile). An `allOf` member that only says `nullable` makes its parent nullable (inside
    `allOf` a null alternative would be intersected away). Returns the rewritten sites.
    """
    sites: list[str] = []
    if isinstance(node, list):
        for index, item in enumerate(node):
            sites += rewrite_nullable(
                item, typeless_only=typeless_only, pointer=f"{pointer}/{index}"
            )
        return sites
    if not isinstance(node, dict):
        return sites
    members = node.get("allOf")
    if isinstance(members, list) and "type" not in node:
        kept = []
        for index, member in enumerate(members):
            if isinstance(member, dict) and "nullable" in member and "type" not in member:
                if member.get("nullable") is True:
                    node["nullable"] = True
                rest = {k: v for k, v in member.items() if k != "nullable"}
                sites.append(f"{pointer}/allOf/{index}")
                if set(rest) - _ANNOTATIONS:
                    kept.append(rest)
            else:
                kept.append(member)
        node["allOf"] = kept
    for key, value in node.items():
        sites += rewrite_nullable(value, typeless_only=typeless_only, pointer=f"{pointer}/{key}")
    if "nullable" not in node or (typeless_only and "type" in node):
        return sites
    nullable = node.pop("nullable")
    sites.append(pointer)
    if nullable is not True:
        return sites
    kind = node.get("type")
    if isinstance(kind, str):
        node["type"] = [kind, "null"]
        if "enum" in node and None not in node["enum"]:
            node["enum"] = [*node["enum"], None]
    elif isinstance(kind, list):
        if "null" not in kind:
            node["type"] = [*kind, "null"]
    else:
        inner = {k: node.pop(k) for k in list(node) if k not in _ANNOTATIONS}
        if list(inner) == ["allOf"] and len(inner["allOf"]) == 1:
            inner = inner["allOf"][0]
        node["anyOf"] = [inner, {"type": "null"}]
    return sorted(set(sites))
