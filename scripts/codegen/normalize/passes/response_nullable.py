"""Pass `response_nullable`: response fields the API really sends as null admit `null`.

The evidence is data, reviewed and committed in `data/nullable_fields.yaml` (the generator
never imports the official SDK): `sdk:` fields the official SDK annotates `Optional[...]`
(made by `python -m scripts.codegen.normalize.derive_nullable`), `observed:` fields seen
null or absent in recorded api.openai.com traffic. Two rules cover their kinds in schemas
that only responses use, on objects with a `status` (a lifecycle): the timestamps of
lifecycle events (`completed_at`, `failed_at`, `cancelled_at`, `expires_at`... null until
the event happens) and `usage` (null until the work completes). Only required fields
change: an optional field already reads None when null or absent.
`absent_lists:` are required arrays seen absent: they stay `list[X]` (the models render an
absent required list as an empty list and keep it out of `model_fields_set`); this pass
only checks that they exist.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .._model import Changes, Context, Pass
from .._walk import UNION_KEYS, children, iter_roots, ref_name, replace

DATA = Path(__file__).resolve().parent.parent / "data" / "nullable_fields.yaml"
NULL: dict[str, Any] = {"type": "null"}
_OUTER_KEYS = ("description", "default", "deprecated", "readOnly", "writeOnly")
LIFECYCLE_AT = re.compile(
    r"^(started|in_progress|finalizing|completed|failed|cancell?ed|cancelling|expired|expires"
    r"|finished|incomplete)_at$"
)
NULL_UNTIL_COMPLETE = frozenset({"usage"})
SECTIONS = ("sdk", "observed")


@cache
def load_data(path: Path = DATA) -> dict[str, dict[str, tuple[str, ...]]]:
    """The data file as `section -> component -> field names`."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        section: {str(k): tuple(map(str, v)) for k, v in (raw.get(section) or {}).items()}
        for section in (*SECTIONS, "absent_lists")
    }


def _admits_null(spec: dict[str, Any], schema: dict[str, Any], seen: frozenset[str]) -> bool:
    if schema.get("type") == "null" or schema == {}:
        return True
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref_name(ref)
        target = spec["components"]["schemas"].get(name) if name else None
        if name is None or name in seen or not isinstance(target, dict):
            return False
        return _admits_null(spec, target, seen | {name})
    return any(
        isinstance(m, dict) and _admits_null(spec, m, seen)
        for key in UNION_KEYS
        for m in schema.get(key) or []
    )


def is_const(prop: dict[str, Any]) -> bool:
    """A single-valued field: a union discriminator, left alone (see `run`)."""
    enum = prop.get("enum")
    return "const" in prop or (isinstance(enum, list) and len(enum) == 1)


def admit_null(spec: dict[str, Any], prop: dict[str, Any]) -> bool:
    """Make `prop` admit `null` in place; False if it already did."""
    if _admits_null(spec, prop, frozenset()):
        return False
    union_key = next((k for k in UNION_KEYS if isinstance(prop.get(k), list)), None)
    if union_key is not None:
        prop[union_key] = [*prop[union_key], dict(NULL)]
        return True
    outer = {k: prop[k] for k in _OUTER_KEYS if k in prop}
    inner = {k: v for k, v in prop.items() if k not in _OUTER_KEYS}
    replace(prop, {"anyOf": [inner, dict(NULL)], **outer})
    return True


def reachable(spec: dict[str, Any], kinds: Iterable[str]) -> set[str]:
    """Component names reachable (through `$ref`) from the roots of the given kinds."""
    schemas = spec.get("components", {}).get("schemas", {})
    wanted = set(kinds)
    stack = [schema for _, schema, kind in iter_roots(spec) if kind in wanted]
    found: set[str] = set()
    while stack:
        node = stack.pop()
        name = ref_name(node["$ref"]) if isinstance(node.get("$ref"), str) else None
        if name is not None and name not in found and isinstance(schemas.get(name), dict):
            found.add(name)
            stack.append(schemas[name])
        stack.extend(child for _, _, child in children(node))
    return found


def _by_rule(name: str, prop: dict[str, Any], props: dict[str, Any]) -> bool:
    if "status" not in props:  # only objects with a lifecycle have events still to come
        return False
    if name in NULL_UNTIL_COMPLETE:
        return True
    return bool(LIFECYCLE_AT.match(name) and prop.get("type") in ("integer", "number"))


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Let response fields that the live API sends as null (or omits) admit `null`.

    Construct: response fields the spec declares non-nullable (often required) that real
    api.openai.com traffic sends as `null` or leaves out: `Response.usage` on queued
    responses, `RunObject.instructions`, `VectorStoreObject.name`, `Batch.completed_at`,
    `FineTuningJob.seed` (about 4 in 10 recorded interactions hit one).
    Failure: the lenient parser keeps the `null`, but the annotation (`ResponseUsage`,
    `str`, `int`) excludes it, so code that passes `mypy --strict` crashes on a real body.
    Fix: from the reviewed data file (`sdk:` fields the official SDK types Optional,
    `observed:` fields seen in traffic) and two rules for schemas only responses use, on
    objects with a `status` (lifecycle event timestamps such as `completed_at`; `usage`),
    the property becomes `anyOf [<schema>, null]` (or gains a `null` member); `required`
    stays, so presence is still reported. Only required fields change: an optional field
    already reads None when null or absent (the models' rule), so widening it in the spec
    would only loosen request types. Const fields stay as they are: they discriminate
    unions (a nullable discriminator drops the member from the dispatch tables), and their
    absence is the absent-field case of every optional field. Schemas shared with requests
    change only where the data file lists them (truth of the response wins; a request may
    then send an explicit null).
    Precision lost: the Python type of those fields widens to `X | None`; a caller must
    check for None where the official SDK (for the `sdk:` fields) makes them check too.
    """
    changes = Changes()
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    data = load_data(DATA)
    requests = reachable(spec, ("request", "parameter"))
    responses = reachable(spec, ("response",))
    for section in SECTIONS:
        for name, fields in sorted(data[section].items()):
            props = (schemas.get(name) or {}).get("properties") or {}
            required = set((schemas.get(name) or {}).get("required") or ())
            for field in fields:
                prop = props.get(field)
                if not isinstance(prop, dict):
                    changes.add("listed field not in the spec", f"{section}: {name}.{field}")
                elif is_const(prop):
                    changes.add("const discriminator kept", f"{name}.{field}")
                elif field not in required:
                    changes.add("optional: already reads None", f"{name}.{field}")
                elif admit_null(spec, prop):
                    shared = " (shared with requests)" if name in requests else ""
                    changes.add(f"{section} -> nullable{shared}", f"{name}.{field}")
    for name in sorted(responses - requests):
        props = schemas[name].get("properties") or {}
        required = set(schemas[name].get("required") or ())
        for field, prop in sorted(props.items()):
            if field not in required or not isinstance(prop, dict):
                continue
            if _by_rule(field, prop, props) and admit_null(spec, prop):
                changes.add("rule -> nullable", f"{name}.{field}")
    for name, fields in sorted(data["absent_lists"].items()):
        props = (schemas.get(name) or {}).get("properties") or {}
        for field in fields:
            prop = props.get(field) or {}
            members = [prop, *(m for k in UNION_KEYS for m in prop.get(k) or [])]
            if not any(m.get("type") == "array" for m in members):
                changes.add("listed field not in the spec", f"absent_lists: {name}.{field}")
    return changes


PASS = Pass("response_nullable", run)
