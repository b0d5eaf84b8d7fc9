"""Write the compact spec the embedded OpenAI fake answers from
(`generated/integrations_openai_api/openapi.fake.json`).

The fake (`integrations_openai.testing.fake`) ships inside the package and cannot read
`openapi/` or parse YAML, so it gets a minified JSON: one row per operation (method, path,
operationId, success status, media type, response schema) and the component schemas with
`nullable` made JSON-schema (`to_json_schema`) and documentation keywords dropped (about a
fifth of the size; the fake loads it on first use).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scripts.contract.spec import Spec, iter_operations, load_spec, to_json_schema

FILE_NAME = "openapi.fake.json"
# Keywords that only document a schema; dropped where they are keywords, kept as property names.
_DOCS = frozenset(
    {"description", "title", "example", "examples", "summary", "deprecated", "externalDocs"}
)
_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "mapping"})


def strip_docs(node: Any, *, names: bool = False) -> Any:
    """A copy of a schema tree without documentation keywords and `x-` extensions."""
    if isinstance(node, list):
        return [strip_docs(item) for item in node]
    if not isinstance(node, dict):
        return node
    if names:  # a map of names to schemas: every key is data
        return {key: strip_docs(value) for key, value in node.items()}
    return {
        key: strip_docs(value, names=key in _NAME_MAPS)
        for key, value in node.items()
        if key not in _DOCS and not key.startswith("x-")
    }


def build(spec: Spec) -> dict[str, Any]:
    """The compact document: `operations` rows and `schemas`."""
    doc = to_json_schema(spec)
    rows: list[list[Any]] = []
    for op in iter_operations(doc):
        try:
            status, response = op.success_response()
        except KeyError:
            continue
        content = response.get("content") or {}
        media = next(iter(content), None)
        schema = content[media].get("schema") if media else None
        rows.append([op.method, op.path, op.operation_id, int(status), media, strip_docs(schema)])
    return {"operations": rows, "schemas": strip_docs(doc["components"]["schemas"], names=True)}


def render(document: dict[str, Any]) -> str:
    """Deterministic, minified JSON text."""
    return json.dumps(document, separators=(",", ":"), sort_keys=True) + "\n"


def emit(normalized_spec: Spec, raw_spec: Spec, package_dir: Path) -> None:
    """Emitter hook of the generation pipeline (reads the pinned spec as published)."""
    del normalized_spec, raw_spec
    (package_dir / FILE_NAME).write_text(render(build(load_spec())), encoding="utf-8")
