"""Derive the fields the official SDK's result classes have beyond the pinned spec.

A maintenance tool like ``derive_display.py`` (``make generate`` never imports the SDK). The
SDK tracks the live API, so its classes know fields our pinned spec lacks
(``ChatCompletion.moderation``, ``Model.shutdown_date``...). It pairs every generated class
with one SDK class exactly as ``derive_display`` does (names.yaml seeds, then fields, then
``_pick``), but over the *spec's* keys of each class (the normalized spec without the
``sdk_fields`` pass), so rerunning it after ``make generate`` gives the same answer. For the
SDK class of each generated class it lists the keys our schema lacks, each with a schema
derived from the SDK annotation:

* ``str``/``int``/``float``/``bool`` -> ``string``/``integer``/``number``/``boolean``;
* ``Literal`` of strings (alone or with ``str``) -> a string ``enum`` (the models keep enums
  lenient: ``Literal[...] | str``), of other scalars -> their type;
* ``List[X]`` -> ``array`` of X, ``Dict[str, X]`` -> ``object`` with ``additionalProperties``;
* an SDK model class -> a ``$ref`` to the generated class paired with it (the one whose SDK
  class it is), else to a new component derived from the SDK class (``NewClasses``); a union
  of models -> ``anyOf`` their refs; ``object``/``Any`` -> any value (``{}``).

``None`` is dropped: the ``sdk_fields`` pass makes every field optional and nullable.

New components: every SDK model class such a field reaches (through nested fields, lists,
maps and unions, ``MAX_DEPTH`` levels deep; deeper ones stay free-form objects) that no
generated class stands for becomes an object schema of its own, field for field: required
as the SDK requires, nullable where the SDK admits ``None``, one-value string literals as
``const`` (with that default: what makes a union's discriminator pick its member, as
``single_value_const`` does for the spec), several as a lenient string ``enum``. They are
named ``Sdk`` + the SDK class name (a prefix no spec component has, from the SDK alone, so
stable across a spec bump); SDK classes of one name and one shape share a component, a name
with several shapes adds the module of its first class (``SdkChatCompletionModeration``).
The reviewed result is ``normalize/data/sdk_fields.yaml``.

Usage: ``python -m scripts.codegen.sdk_types.derive_fields > scripts/codegen/normalize/data/sdk_fields.yaml``
"""

from __future__ import annotations

import importlib
import json
import sys
import types
import typing
from collections import deque
from typing import Any

import yaml
from openapi_python_client import strings

from ..normalize._walk import component_ref, resolve
from .derive import _PACKAGE
from .derive_display import _our_models, _pair_field, _pick, _sdk_models, _seeds

Schema = dict[str, Any]
PASS_NAME = "sdk_fields"
_SCALARS: dict[Any, str] = {str: "string", bool: "boolean", int: "integer", float: "number"}
PREFIX = "Sdk"  # new components' names: no spec component starts so (the pass checks)
MAX_DEPTH = 4  # levels of new classes below a field (the SDK's deepest today: 3)
NULL = {"type": "null"}


class SpecView:
    """A generated class seen without the keys the ``sdk_fields`` pass gave it (what
    ``derive_display`` reads), so a rerun after ``make generate`` pairs as the first run."""

    def __init__(self, cls: Any, added: frozenset[str]) -> None:
        self._known_keys_ = cls._known_keys_ - added
        self._const_values_ = {k: v for k, v in cls._const_values_.items() if k not in added}
        self._fields_ = tuple((n, k) for n, k in cls._fields_ if k not in added)
        self._param_types_ = cls._param_types_


def _properties(spec: Schema, schema: Any) -> frozenset[str]:
    return frozenset((resolve(spec, schema).get("properties") or {}) if schema else ())


def components() -> dict[str, tuple[str, frozenset[str]]]:
    """``class name -> (component name, keys the sdk_fields pass added)`` for every
    component of the normalized pinned spec that exists without that pass (the pass's own
    free-form components are left out)."""
    from ..lock import read_verified_spec
    from ..normalize import PASSES, Context, normalize
    from ..paths import LOCK, SPEC
    from ..pipeline import class_overrides

    raw, _ = read_verified_spec(SPEC, LOCK)
    overrides = class_overrides()
    ctx = Context(reserved_names=frozenset(overrides.values()))
    full = normalize(raw, ctx=ctx).spec
    bare = normalize(raw, ctx=ctx, passes=[p for p in PASSES if p.name != PASS_NAME]).spec
    out = {}
    for name, schema in bare["components"]["schemas"].items():
        with_pass = full["components"]["schemas"].get(name)
        added = _properties(full, with_pass) - _properties(bare, schema)
        out[overrides.get(name) or str(strings.ClassName(name, ""))] = (name, added)
    return out


def generated_models(found: dict[str, tuple[str, frozenset[str]]]) -> dict[str, SpecView]:
    """The generated model classes that stand for a spec component, by class name."""
    models_pkg = importlib.import_module(f"{_PACKAGE}.models")
    out: dict[str, SpecView] = {}
    for name, module in sorted(models_pkg._MODULES.items()):
        value = getattr(importlib.import_module(f"{_PACKAGE}.models.{module}"), name)
        if isinstance(value, type) and hasattr(value, "_known_keys_") and name in found:
            out[name] = SpecView(value, found[name][1])
    return out


def pairs(models: dict[str, Any]) -> dict[str, Any]:
    """``our class -> SDK class`` where ``derive_display`` names the SDK class."""
    found: dict[str, dict[Any, set[str]]] = {}
    queue = deque(_seeds(models))
    seen: set[tuple[Any, str]] = set()
    while queue:
        sdk, ours, how = queue.popleft()
        found.setdefault(ours, {}).setdefault(sdk, set()).add(how)
        if (sdk, ours) in seen:
            continue
        seen.add((sdk, ours))
        for field_name, info in sdk.model_fields.items():
            key = info.alias or field_name
            if key not in models[ours]._known_keys_:
                continue
            inner = _sdk_models(info.annotation, [])
            for pair in _pair_field(inner, _our_models(models[ours], key, models), models):
                queue.append((*pair, f"{sdk.__name__}.{key}"))
    out = {}
    for ours, candidates in sorted(found.items()):
        sdk, named = _pick(ours, candidates)
        if named:
            out[ours] = sdk
    return out


def _unwrap(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and hasattr(tp, "model_fields")


def _admits_none(tp: Any) -> bool:
    tp = _unwrap(tp)
    if tp is type(None) or tp is None:
        return True
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return any(_admits_none(a) for a in typing.get_args(tp))
    return False


def _as_enum(schema: Schema) -> Schema:
    """``schema`` with a ``const`` (and its default) written as a one-value ``enum``."""
    if "const" in schema:
        return {"type": "string", "enum": [schema["const"]]}
    if list(schema) == ["anyOf"]:
        return {"anyOf": [_as_enum(m) for m in schema["anyOf"]]}
    return schema


class SchemaOf:
    """JSON schemas of SDK annotations; ``refs`` maps an SDK class to our component,
    ``new`` (when given) an SDK class no component stands for to its new component's name
    (else such a class is a free-form ``object``); ``consts`` writes a one-value string
    literal as a ``const`` (new components), else as a one-value ``enum``."""

    def __init__(
        self, refs: dict[Any, str], new: dict[Any, str] | None = None, *, consts: bool = False
    ) -> None:
        self.refs = refs
        self.new = new or {}
        self.consts = consts

    def __call__(self, tp: Any) -> Schema:
        tp = _unwrap(tp)
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in (typing.Union, types.UnionType):
            return self._union([a for a in args if a is not type(None)])
        if origin is typing.Literal:
            return self._literal(args)
        if origin is list:
            return {"type": "array", "items": self(args[0]) if args else {}}
        if origin is dict:
            return {"type": "object", "additionalProperties": self(args[1]) if args else {}}
        if tp in _SCALARS:
            return {"type": _SCALARS[tp]}
        if _is_model(tp):
            name = self.refs.get(tp) or self.new.get(tp)
            return {"$ref": component_ref(name)} if name else {"type": "object"}
        return {}  # object / Any: any JSON value

    def _literal(self, values: tuple[Any, ...]) -> Schema:
        if self.consts and len(values) == 1 and isinstance(values[0], str):
            return {"type": "string", "const": values[0], "default": values[0]}
        if all(isinstance(v, str) for v in values):
            return {"type": "string", "enum": sorted(values)}
        kinds = {_SCALARS.get(type(v)) for v in values}
        return {"type": kinds.pop()} if len(kinds) == 1 and None not in kinds else {}

    def object_schema(self, cls: Any) -> Schema:
        """A new component for the SDK class ``cls``: its fields (API keys, SDK order)."""
        props: dict[str, Schema] = {}
        required = []
        for name, info in cls.model_fields.items():
            key = info.alias or name
            schema = self(info.annotation)
            if not info.is_required():  # a default would fill what the SDK reads as None
                schema = _as_enum(schema)
            if _admits_none(info.annotation) and schema:
                members = schema["anyOf"] if list(schema) == ["anyOf"] else [schema]
                schema = {"anyOf": [*members, dict(NULL)]}
            props[key] = schema
            if info.is_required():
                required.append(key)
        out: Schema = {"type": "object", "properties": props}
        if required:
            out["required"] = required
        return out

    def _union(self, members: list[Any]) -> Schema:
        members = [_unwrap(m) for m in members]
        if len(members) == 1:
            return self(members[0])
        strings_ = [m for m in members if m is str or typing.get_origin(m) is typing.Literal]
        if len(strings_) == len(members):
            values = [v for m in members if m is not str for v in typing.get_args(m)]
            if all(isinstance(v, str) for v in values):
                return {"type": "string", "enum": sorted(set(values))} if values else {}
        classes = [m for m in members if _is_model(m)]
        if len(classes) == len(members):
            if all(c in self.refs or c in self.new for c in classes):
                return {"anyOf": [self(c) for c in classes]}
            return {"type": "object"}
        schemas: list[Schema] = []
        for member in members:
            schema = self(member)
            if schema not in schemas:
                schemas.append(schema)
        return schemas[0] if len(schemas) == 1 else {"anyOf": schemas}


class NewClasses:
    """The SDK model classes the derived fields reach that no generated class stands for,
    grouped into new components (see the module docstring for names and merging)."""

    def __init__(self, refs: dict[Any, str]) -> None:
        self.refs = refs
        self.depth: dict[Any, int] = {}

    def reach(self, tp: Any, depth: int = 0) -> None:
        """Record the classes ``tp`` names (``depth`` levels below a field), recursively."""
        for cls in _sdk_models(tp, []):
            if cls in self.refs or depth >= MAX_DEPTH or self.depth.get(cls, MAX_DEPTH) <= depth:
                continue
            self.depth[cls] = depth
            for info in cls.model_fields.values():
                self.reach(info.annotation, depth + 1)

    def names(self) -> dict[Any, str]:
        """``SDK class -> component name`` for every class reached."""
        shapes: dict[str, dict[str, list[Any]]] = {}
        for cls in self.depth:
            shapes.setdefault(cls.__name__, {}).setdefault(self._shape(cls, ()), []).append(cls)
        out: dict[Any, str] = {}
        for sdk_name, groups in shapes.items():
            taken: set[str] = set()
            for group in sorted(groups.values(), key=lambda g: min(map(_where, g))):
                first = min(group, key=_where)
                name = PREFIX + sdk_name
                if len(groups) > 1:
                    module = first.__module__.rpartition(".")[2]
                    name = PREFIX + strings.pascal_case(module) + sdk_name
                base, n = name, 1
                while name in taken:
                    n += 1
                    name = f"{base}{n}"
                taken.add(name)
                out.update(dict.fromkeys(group, name))
        return out

    def _shape(self, cls: Any, stack: tuple[Any, ...]) -> str:
        """A canonical text of ``cls``'s schema, nested new classes by their own shape."""
        if cls in stack:
            return f"<{cls.__name__}>"
        stand_in = {c: f"{c.__name__}:{self._shape(c, (*stack, cls))}" for c in self._inner(cls)}
        schema = SchemaOf(self.refs, stand_in, consts=True).object_schema(cls)
        return json.dumps(schema, sort_keys=True)

    def _inner(self, cls: Any) -> list[Any]:
        inner: list[Any] = []
        for info in cls.model_fields.values():
            _sdk_models(info.annotation, inner)
        return [c for c in inner if c in self.depth]

    def schemas(self, names: dict[Any, str]) -> dict[str, Any]:
        """``component -> {"sdk": [SDK classes], "schema": object schema}``, by name."""
        schema_of = SchemaOf(self.refs, names, consts=True)
        out: dict[str, Any] = {}
        for cls in sorted(self.depth, key=_where):
            entry = out.setdefault(names[cls], {"sdk": [], "schema": schema_of.object_schema(cls)})
            entry["sdk"].append(_where(cls))
        return dict(sorted(out.items()))


def _where(cls: Any) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def derive() -> dict[str, Any]:
    """``{component: {"sdk": SDK class, "fields": {key: schema}}}`` for every generated
    class whose SDK class has keys the spec's class lacks (in the SDK's field order)."""
    keys = components()
    models = generated_models(keys)
    found = pairs(models)
    refs: dict[Any, str] = {}
    claims: dict[Any, list[str]] = {}
    for ours, sdk in found.items():
        claims.setdefault(sdk, []).append(ours)
    for sdk, names in claims.items():
        if len(names) == 1:  # an SDK class several of ours stand for has no one answer
            refs[sdk] = keys[names[0]][0]
    new = NewClasses(refs)
    missing: dict[str, tuple[Any, list[tuple[str, Any]]]] = {}
    for ours, sdk in sorted(found.items(), key=lambda item: keys[item[0]][0]):
        known = models[ours]._known_keys_
        extra = [
            (info.alias or name, info.annotation)
            for name, info in sdk.model_fields.items()
            if (info.alias or name) not in known
        ]
        if extra:
            missing[keys[ours][0]] = (sdk, extra)
            for _, annotation in extra:
                new.reach(annotation)
    names = new.names()
    schema_of = SchemaOf(refs, names)
    out: dict[str, Any] = {
        component: {"sdk": _where(sdk), "fields": {k: schema_of(a) for k, a in extra}}
        for component, (sdk, extra) in missing.items()
    }
    for name, entry in new.schemas(names).items():
        if name in out:
            raise ValueError(f"new component {name} is a component of the spec")
        out[name] = entry
    return out


def main() -> None:
    data = derive()
    count = sum(len(entry.get("fields", ())) for entry in data.values())
    made = sum("schema" in entry for entry in data.values())
    sys.stdout.write(
        "# Fields the official SDK's result classes have beyond the pinned spec: read by the\n"
        "# `sdk_fields` normalizer pass (scripts/codegen/normalize/passes/sdk_fields.py).\n"
        "# Keys are component names of the normalized spec (`Response` is the class\n"
        "# ResponseObject); `sdk` is the SDK class paired with it, `fields` its keys the spec\n"
        "# lacks, each with a schema derived from the SDK annotation (the pass makes every one\n"
        "# optional and nullable). Entries with `schema` instead (names starting `Sdk`) are new\n"
        "# components: SDK classes those fields hold that no generated class stands for\n"
        "# (`sdk` lists them), derived field for field. Made by\n"
        "# `python -m scripts.codegen.sdk_types.derive_fields` after a spec or SDK update,\n"
        "# then reviewed.\n"
        f"# {len(data) - made} classes, {count} fields; {made} new components.\n"
    )
    sys.stdout.write(yaml.safe_dump(data, sort_keys=False, width=100, default_flow_style=None))


if __name__ == "__main__":
    main()
