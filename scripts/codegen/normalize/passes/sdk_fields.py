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
from .._walk import ref_name
from . import dedupe_hoisted
from .hoist_inline import _Hoister, class_key
from .response_nullable import NULL, reachable

DATA = Path(__file__).resolve().parent.parent / "data" / "sdk_fields.yaml"
DESCRIPTION = (
    "Not in the pinned spec; the official SDK's `{sdk}` has it (the live API sends it)."
    " Reads None when absent."
)

CLASS_DESCRIPTION = (
    "Not in the pinned spec: the official SDK's `{sdk}`, field for field (the live API sends it)."
)


@cache
def load_data(path: Path = DATA) -> dict[str, dict[str, Any]]:
    """The data file as `component -> {"sdk": SDK class, "fields": {key: schema}}`."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): v for k, v in raw.items()}


def made_schema(entry: dict[str, Any]) -> dict[str, Any]:
    """A new component's schema (an SDK class no spec component stands for), described."""
    sdk = str(entry["sdk"][0]).rpartition(".")[2]
    return {**copy.deepcopy(entry["schema"]), "description": CLASS_DESCRIPTION.format(sdk=sdk)}


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
    An SDK model class the new fields hold that no spec component stands for is an entry
    with a `schema` in the data (derived field for field, named `Sdk` + its SDK name): it
    becomes a component when an added field refers to it (directly or through another), its
    inline enums hoisted; a spec component of that name is an error, not a merge.
    Precision lost: SDK classes deeper than the derivation's cap stay free-form objects; no
    added field is required.
    """
    changes = Changes()
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    requests = reachable(spec, ("request", "parameter"))
    responses = reachable(spec, ("response",))
    hoister = _Hoister(spec, ctx, changes)
    data = load_data(DATA)
    made = {name: made_schema(entry) for name, entry in data.items() if "schema" in entry}
    for name, schema in made.items():
        mine = (schemas.get(name) or {}).get("description") == schema["description"]
        if class_key(name) in hoister.taken and not mine:  # `mine`: the pass ran before
            raise ValueError(f"sdk_fields: new component {name} collides with a spec name")
    for name, entry in sorted(data.items()):
        if name in made:
            continue
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
            _add_made(made, prop, schemas, hoister, changes)
    schemas.update(hoister.new)
    merged = dedupe_hoisted.run(spec, ctx)
    for site in merged.sites:
        changes.add("merged", site.removeprefix("merged: "))
    return changes


def _add_made(
    made: dict[str, Any],
    node: Any,
    schemas: dict[str, Any],
    hoister: _Hoister,
    changes: Changes,
) -> None:
    """Add the new components `node` refers to (and theirs), their inline enums hoisted."""
    if isinstance(node, list):
        for item in node:
            _add_made(made, item, schemas, hoister, changes)
        return
    if not isinstance(node, dict):
        return
    name = ref_name(node["$ref"]) if isinstance(node.get("$ref"), str) else None
    if name in made and name not in schemas:
        schema = copy.deepcopy(made[name])
        schemas[name] = schema
        hoister.taken.add(class_key(name))
        changes.add("sdk class added", name)
        hoister.descend(schema, name, name)
        _add_made(made, schema, schemas, hoister, changes)
    for value in node.values():
        _add_made(made, value, schemas, hoister, changes)


PASS = Pass("sdk_fields", run)
