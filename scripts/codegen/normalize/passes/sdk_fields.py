"""Pass `sdk_fields`: result classes get the fields the official SDK knows beyond the spec.

The evidence is data, reviewed and committed in `data/sdk_fields.yaml` (the generator never
imports the official SDK): per component, the keys of its paired SDK class that the spec
lacks, each with a schema derived from the SDK annotation (made by
`python -m scripts.codegen.sdk_types.derive_fields`).
"""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import strings

from .._model import Changes, Context, Pass
from . import dedupe_hoisted
from .hoist_inline import _Hoister
from .response_nullable import NULL, reachable

DATA = Path(__file__).resolve().parent.parent / "data" / "sdk_fields.yaml"
DESCRIPTION = (
    "Not in the pinned spec; the official SDK's `{sdk}` has it (the live API sends it)."
    " Reads None when absent."
)


@cache
def load_data(path: Path = DATA) -> dict[str, dict[str, Any]]:
    """The data file as `component -> {"sdk": SDK class, "fields": {key: schema}}`."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): v for k, v in raw.items()}


def field_schema(schema: dict[str, Any], sdk: str) -> dict[str, Any]:
    """The property for one SDK-only field: its schema, nullable, described."""
    member = copy.deepcopy(schema)
    members = member["anyOf"] if list(member) == ["anyOf"] else [member]
    return {"anyOf": [*members, dict(NULL)], "description": DESCRIPTION.format(sdk=sdk)}


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Add to result classes the fields the official SDK's classes have beyond the spec.

    Construct: the pinned spec lags the live API; the official SDK (which tracks it) knows
    fields the spec lacks: `ChatCompletion.metadata`/`moderation`, `ChatCompletionChunk.
    obfuscation`, `Model.shutdown_date`, usage `*_tokens` details, seven `Response` fields.
    Failure: none in the generator, but a drop-in failure: `completion.metadata` raises
    AttributeError where the SDK reads None, and `repr`/`model_dump()` omit the field (or,
    when the API sends it, print it as an extra key at the end), so output differs.
    Fix: from the reviewed data file, each listed key becomes an optional, nullable property
    (`anyOf [<schema>, null]`, described as coming from the SDK) of its component, unless the
    component is request-only (reachable from request bodies or parameters and from no
    response): requests stay as the spec says (a caller's unknown key still travels as an
    extra key). Components that responses also use get the fields (the SDK's request params
    have them too). Inline objects and enums of the new schemas are hoisted as
    `hoist_inline` names them (component + key) and identical ones merged as
    `dedupe_hoisted` merges. A key the spec already has is left alone.
    Precision lost: an SDK model class with no generated counterpart is a free-form object
    (a mapping, not attributes); no field is required.
    """
    changes = Changes()
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    requests = reachable(spec, ("request", "parameter"))
    responses = reachable(spec, ("response",))
    hoister = _Hoister(spec, ctx, changes)
    for name, entry in sorted(load_data(DATA).items()):
        schema = schemas.get(name)
        props = schema.get("properties") if isinstance(schema, dict) else None
        if not isinstance(props, dict):
            changes.add("listed class not an object of the spec", name)
            continue
        if name in requests and name not in responses:
            changes.add("request-only: kept as the spec says", name)
            continue
        for key, field in (entry.get("fields") or {}).items():
            if key in props:
                changes.add("already in the spec", f"{name}.{key}")
                continue
            prop = field_schema(field, str(entry.get("sdk", "")).rpartition(".")[2])
            part = strings.pascal_case(key)
            hoister.descend({"properties": {key: prop}}, name, part)
            props[key] = prop
            changes.add("sdk field added", f"{name}.{key}")
    schemas.update(hoister.new)
    merged = dedupe_hoisted.run(spec, ctx)
    for site in merged.sites:
        changes.add("merged", site.removeprefix("merged: "))
    return changes


PASS = Pass("sdk_fields", run)
