"""Derive, from the official SDK's result types, the response fields that may be null.

A maintenance tool, not part of ``make generate`` (the generator never imports ``openai``).
For every operation of ``facade/names.yaml`` that the SDK has (``sdk:``), it takes the SDK
method's return type and our success response schema (normalized, without the
``response_nullable`` pass) and walks both in parallel: object fields are matched by wire
name, union members by their constant fields (``type``, ``object``...) and then by field
overlap, lists and maps by their items, ``Stream[X]`` with the event-stream schema and a
page ``SyncPage[X]`` with the items of ``data``. Wherever the SDK annotates a field
``Optional[...]`` and our schema does not admit ``null``, or our schema requires a field the
SDK model lacks altogether (the live API does not send it), the pair ``(component, field)``
is recorded. The reviewed result is the ``sdk:`` section of ``data/nullable_fields.yaml``.

Usage: ``python -m scripts.codegen.normalize.derive_nullable`` (prints the section).
"""

from __future__ import annotations

import sys
import types
import typing
from collections.abc import Iterator
from typing import Any

import yaml

from ..facade.emit import NAMES_PATH
from ..lock import read_verified_spec
from ..paths import LOCK, SPEC
from . import PASSES, Context, normalize
from ._walk import UNION_KEYS, iter_operations, ref_name

Schema = dict[str, Any]


def _unwrap(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def _admits_none(tp: Any) -> bool:
    tp = _unwrap(tp)
    if tp is type(None) or tp is None:
        return True
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return any(_admits_none(a) for a in typing.get_args(tp))
    return False


def sdk_models(tp: Any) -> Iterator[type]:
    """The SDK model classes an annotation can hold (through unions, lists, maps, pages)."""
    from pydantic import BaseModel

    tp = _unwrap(tp)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType, list, dict, typing.Literal):
        if origin is typing.Literal:
            return
        args = typing.get_args(tp)
        if origin is dict:
            args = args[1:]
        for arg in args:
            yield from sdk_models(arg)
    elif isinstance(tp, type) and issubclass(tp, BaseModel):
        yield tp


def _consts(spec: Schema, schema: Schema) -> set[tuple[str, Any]]:
    out: set[tuple[str, Any]] = set()
    for name, prop in (schema.get("properties") or {}).items():
        prop = _resolve(spec, prop)
        if "const" in prop:
            out.add((name, prop["const"]))
        elif isinstance(prop.get("enum"), list) and len(prop["enum"]) == 1:
            out.add((name, prop["enum"][0]))
    return out


def _sdk_consts(model: type) -> set[tuple[str, Any]]:
    out: set[tuple[str, Any]] = set()
    for name, info in model.model_fields.items():  # type: ignore[attr-defined]
        tp = _unwrap(info.annotation)
        if typing.get_origin(tp) is typing.Literal and len(typing.get_args(tp)) == 1:
            out.add((info.alias or name, typing.get_args(tp)[0]))
    return out


def _resolve(spec: Schema, schema: Schema) -> Schema:
    seen: set[str] = set()
    while isinstance(schema.get("$ref"), str) and schema["$ref"] not in seen:
        seen.add(schema["$ref"])
        schema = spec["components"]["schemas"][ref_name(schema["$ref"])]
    return schema


def our_objects(spec: Schema, schema: Schema, seen: frozenset[str] = frozenset()) -> Iterator[str]:
    """The object components a schema can hold (through refs, unions, arrays, maps)."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref_name(ref)
        if name is None or name in seen:
            return
        target = spec["components"]["schemas"][name]
        is_object = target.get("type") == "object" or "properties" in target
        if is_object and not any(k in target for k in UNION_KEYS):
            yield name
            return
        yield from our_objects(spec, target, seen | {name})
        return
    for key in UNION_KEYS:
        for member in schema.get(key) or []:
            yield from our_objects(spec, member, seen)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            yield from our_objects(spec, schema[key], seen)


def admits_null(spec: Schema, schema: Schema, seen: frozenset[str] = frozenset()) -> bool:
    """True if `null` is a valid value of `schema` (through refs and unions)."""
    if schema.get("type") == "null" or schema == {}:
        return True
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref_name(ref)
        if name is None or name in seen:
            return False
        return admits_null(spec, spec["components"]["schemas"][name], seen | {name})
    return any(admits_null(spec, m, seen) for k in UNION_KEYS for m in schema.get(k) or [])


def _pair(spec: Schema, sdk: list[type], ours: list[str]) -> Iterator[tuple[type, str]]:
    if len(sdk) == 1 and len(ours) == 1:
        yield sdk[0], ours[0]
        return
    schemas = spec["components"]["schemas"]
    for model in sdk:
        consts = _sdk_consts(model)
        names = {info.alias or n for n, info in model.model_fields.items()}  # type: ignore[attr-defined]
        best: tuple[float, str] | None = None
        for name in ours:
            props = set(schemas[name].get("properties") or {})
            shared = consts & _consts(spec, schemas[name])
            if consts and not shared and _consts(spec, schemas[name]):
                continue  # both discriminated, differently: never the same member
            score = 10 * len(shared) + len(names & props) / max(1, len(names | props))
            if best is None or score > best[0]:
                best = (score, name)
        if best is not None and best[0] >= 0.5:
            yield model, best[1]


class Walker:
    """Walks SDK models and our components in parallel, collecting nullable fields."""

    def __init__(self, spec: Schema) -> None:
        self.spec = spec
        self.found: dict[str, set[str]] = {}
        self.seen: set[tuple[type, str]] = set()

    def pair(self, sdk_type: Any, schema: Schema) -> None:
        """Match what `sdk_type` and `schema` hold, then walk each matched pair."""
        sdk = list(dict.fromkeys(sdk_models(sdk_type)))
        ours = list(dict.fromkeys(our_objects(self.spec, schema)))
        for model, name in _pair(self.spec, sdk, ours):
            self.model(model, name)

    def model(self, model: type, name: str) -> None:
        """Compare the fields of one SDK model with those of component `name`."""
        if (model, name) in self.seen:
            return
        self.seen.add((model, name))
        schema = self.spec["components"]["schemas"][name]
        props = schema.get("properties") or {}
        # A field we require that the SDK model lacks altogether: the SDK (newer than the
        # pinned spec) records that the live API does not send it, so it reads None.
        wires = {info.alias or field for field, info in model.model_fields.items()}  # type: ignore[attr-defined]
        for required in schema.get("required") or ():
            if required in props and required not in wires:
                self.found.setdefault(name, set()).add(required)
        for field, info in model.model_fields.items():  # type: ignore[attr-defined]
            wire = info.alias or field
            prop = props.get(wire)
            if not isinstance(prop, dict):
                continue
            if _admits_none(info.annotation) and not admits_null(self.spec, prop):
                self.found.setdefault(name, set()).add(wire)
            self.pair(info.annotation, prop)


def _success(op: Schema) -> Schema:
    for code in ("200", "201", "202"):
        resp = (op.get("responses") or {}).get(code)
        if isinstance(resp, dict):
            return resp.get("content") or {}
    return {}


def _sdk_return(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return typing.get_type_hints(target).get("return")


def _split_return(tp: Any) -> tuple[list[Any], list[Any]]:
    """(plain results, streamed event types) of an SDK method's return annotation."""
    import openai

    plain: list[Any] = []
    streamed: list[Any] = []
    tp = _unwrap(tp)
    members = (
        typing.get_args(tp) if typing.get_origin(tp) in (typing.Union, types.UnionType) else (tp,)
    )
    for member in members:
        meta = getattr(member, "__pydantic_generic_metadata__", None)
        if typing.get_origin(member) in (openai.Stream, openai.AsyncStream):
            streamed.extend(typing.get_args(member))
        elif meta and meta.get("origin") is not None and meta.get("args"):
            plain.append(("page", meta["args"][0]))
        else:
            plain.append(member)
    return plain, streamed


def derive(spec: Schema, names: dict[str, Any]) -> dict[str, list[str]]:
    """``component -> sorted wire names`` the SDK types Optional and our schema does not."""
    import openai

    client = openai.OpenAI(api_key="sk-derive", base_url="http://127.0.0.1:9")
    walker = Walker(spec)
    for _, _, op in iter_operations(spec):
        entry = names.get(str(op.get("operationId")))
        if not entry or "sdk" not in entry:
            continue
        try:
            returned = _sdk_return(client, entry["sdk"])
        except (AttributeError, NameError, TypeError):
            continue
        if returned is None:
            continue
        content = _success(op)
        plain, streamed = _split_return(returned)
        body = (content.get("application/json") or {}).get("schema")
        events = (content.get("text/event-stream") or {}).get("schema")
        for item in plain:
            if not isinstance(body, dict):
                continue
            if isinstance(item, tuple):  # a page: its items against our `data` items
                data = (_resolve(spec, body).get("properties") or {}).get("data") or {}
                walker.pair(item[1], data.get("items") or {})
            else:
                walker.pair(item, body)
        for item in streamed:
            if isinstance(events, dict):
                walker.pair(item, events)
    return {k: sorted(v) for k, v in sorted(walker.found.items())}


def derive_pinned() -> dict[str, list[str]]:
    """`derive` over the pinned spec, normalized by every pass but `response_nullable`."""
    from ..pipeline import class_overrides

    raw, _ = read_verified_spec(SPEC, LOCK)
    ctx = Context(reserved_names=frozenset(class_overrides().values()))
    passes = [p for p in PASSES if p.name != "response_nullable"]
    spec = normalize(raw, ctx=ctx, passes=passes).spec
    return derive(spec, yaml.safe_load(NAMES_PATH.read_text(encoding="utf-8")))


def main() -> None:
    """Print the `sdk:` section of the data file for the pinned spec."""
    found = derive_pinned()
    sys.stdout.write(yaml.safe_dump({"sdk": found}, sort_keys=True, width=100))
    print(f"# {sum(map(len, found.values()))} fields in {len(found)} schemas", file=sys.stderr)


if __name__ == "__main__":
    main()

__all__ = ["admits_null", "derive", "derive_pinned", "main", "our_objects", "sdk_models"]
