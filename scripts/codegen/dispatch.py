"""Emitter: parse entry points for the spec's root discriminated unions.

The generator inlines unions into the models that use them, so a union that is only ever
received on its own (the Responses stream events, Assistants stream events, Realtime server
events...) gets no parser. For every component union of object `$ref`s (nested unions
flattened) that has a discriminator (the spec's `discriminator.propertyName`, or a property
that is a `const` in every member), this writes into the package:

* `unions.py`: one `LazyUnion` table per union (discriminator value -> `"module:Class"`) and a
  `parse_<union>(data)` function; one generic dispatcher (`_runtime/dispatch.py`) does the
  work: a dict lookup, importing only the class it needs; an unknown value gives an
  `UnknownVariant` with the raw fields;
* `events.py`: the stream entry points under their usual names
  (`parse_response_stream_event`, `parse_assistant_stream_event`,
  `parse_realtime_server_event`, `parse_chat_completion_chunk`, ...).

Registered in `scripts/codegen/emitters.py`.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from .paths import GENERATOR_CONFIG

_PREFERRED_KEYS = ("type", "event", "object", "role")

CHAT_CHUNK = "CreateChatCompletionStreamResponse"
"""The chat completions stream chunk: a plain model, exposed in `events.py` too."""


class DispatchEmitError(ValueError):
    """The spec and the generated package disagree (a union member without a class)."""


@dataclass
class RootUnion:
    """A root union: its discriminator and, per value, the component of the member."""

    name: str
    key: str
    table: dict[str, list[str]] = field(default_factory=dict)
    """Discriminator value -> member components (several when members share a value)."""
    rest: list[str] = field(default_factory=list)
    """Members without a usable discriminator value (matched by shape)."""


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _members(schema: dict[str, Any]) -> list[dict[str, Any]] | None:
    union = schema.get("oneOf") or schema.get("anyOf")
    if not isinstance(union, list) or "properties" in schema:
        return None
    if not union or not all(isinstance(m, dict) and set(m) == {"$ref"} for m in union):
        return None
    return union


def _leaves(name: str, schemas: dict[str, Any], trail: tuple[str, ...] = ()) -> list[str]:
    if name in trail:
        return []
    members = _members(schemas.get(name) or {})
    if members is None:
        return [name]
    out: list[str] = []
    for member in members:
        for leaf in _leaves(_ref_name(member["$ref"]), schemas, (*trail, name)):
            if leaf not in out:
                out.append(leaf)
    return out


def _values(prop: dict[str, Any]) -> list[str]:
    if isinstance(prop.get("const"), str):
        return [prop["const"]]
    enum = prop.get("enum")
    if isinstance(enum, list) and enum and all(isinstance(v, str) for v in enum):
        return list(enum)
    return []


def _key(schema: dict[str, Any], leaves: list[str], schemas: dict[str, Any]) -> str | None:
    explicit = (schema.get("discriminator") or {}).get("propertyName")
    if isinstance(explicit, str):
        return explicit
    common: set[str] | None = None
    for leaf in leaves:
        props = (schemas.get(leaf) or {}).get("properties") or {}
        consts = {k for k, p in props.items() if isinstance(p, dict) and "const" in p}
        common = consts if common is None else common & consts
    if not common:
        return None
    return sorted(common, key=lambda k: (k not in _PREFERRED_KEYS, k))[0]


def find_root_unions(spec: dict[str, Any]) -> list[RootUnion]:
    """Every component union of object members with a discriminator, sorted by name."""
    schemas: dict[str, Any] = (spec.get("components") or {}).get("schemas") or {}
    found: list[RootUnion] = []
    for name in sorted(schemas):
        schema = schemas[name]
        if not isinstance(schema, dict) or _members(schema) is None:
            continue
        leaves = _leaves(name, schemas)
        if not leaves or any((schemas.get(x) or {}).get("type") != "object" for x in leaves):
            continue
        key = _key(schema, leaves, schemas)
        if key is None:
            continue
        union = RootUnion(name, key)
        for leaf in leaves:
            prop = ((schemas[leaf].get("properties") or {}).get(key)) or {}
            values = _values(prop) if isinstance(prop, dict) else []
            if not values:
                union.rest.append(leaf)
            for value in values:
                union.table.setdefault(value, []).append(leaf)
        if len(union.table) >= 2:
            found.append(union)
    return found


def _class_overrides(config_path: Path) -> dict[str, str]:
    import yaml

    data = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    overrides = data.get("class_overrides") or {}
    return {str(k): str(v.get("class_name", k)) for k, v in overrides.items()}


def _model_modules(package_dir: Path) -> dict[str, str]:
    """Class name -> module, from the lazy models package's table (`models/_index.py`)."""
    tree = ast.parse((package_dir / "models" / "_index.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(target, ast.Name) and target.id == "MODULES" and node.value is not None:
            table = ast.literal_eval(node.value)
            return {str(k): str(v) for k, v in table.items()}
    raise DispatchEmitError("models/_index.py has no MODULES table (lazy init hook missing?)")


class _Names:
    def __init__(self, package_dir: Path, config_path: Path) -> None:
        self.overrides = _class_overrides(config_path)
        self.modules = _model_modules(package_dir)

    def cls(self, component: str) -> str:
        name = self.overrides.get(component) or str(ClassName(component, ""))
        if name not in self.modules:
            raise DispatchEmitError(f"no generated class {name!r} for component {component!r}")
        return name

    def target(self, component: str) -> str:
        name = self.cls(component)
        return f"models.{self.modules[name]}:{name}"


def _flat(groups: Any) -> list[str]:
    return [c for group in groups for c in group]


def _func(union: str) -> str:
    return f"parse_{PythonIdentifier(union, '')}"


def _const(union: str) -> str:
    return f"_{PythonIdentifier(union, '').upper()}"


def render_unions(unions: list[RootUnion], names: _Names, package: str) -> str:
    """The source of `unions.py`."""
    classes = sorted(
        {names.cls(c) for u in unions for c in [*_flat(u.table.values()), *u.rest]},
    )
    out = [
        '"""Parse entry points for the root discriminated unions of the spec.',
        "",
        "`parse_<union>(data)` dispatches on the discriminator with one dict lookup and imports",
        "only the class it needs; a value this client does not know yet gives an `UnknownVariant`",
        "holding the raw fields. The `<Union>` names are type aliases for type checkers only.",
        "Written by scripts/codegen/dispatch.py; do not edit.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping",
        "from typing import TYPE_CHECKING, Any, TypeAlias, cast",
        "",
        "from ._runtime.dispatch import LazyUnion",
        "from ._runtime.lenient import UnknownVariant",
        "",
        "if TYPE_CHECKING:",
    ]
    for cls in classes:
        out.append(f"    from .models.{names.modules[cls]} import {cls}")
    out.append("")
    for union in unions:
        members = list(
            dict.fromkeys(names.cls(c) for c in [*_flat(union.table.values()), *union.rest])
        )
        alias = str(ClassName(union.name, ""))
        out.append(f"    {alias}: TypeAlias = {' | '.join([*members, 'UnknownVariant'])}")
    out.append("")
    for union in unions:
        const = _const(union.name)
        out.append(f"{const} = LazyUnion(")
        out.append(f"    {union.name!r},")
        out.append(f"    {union.key!r},")
        out.append("    {")
        for value in sorted(union.table):
            targets = [names.target(c) for c in union.table[value]]
            shown = repr(targets[0]) if len(targets) == 1 else f"({', '.join(map(repr, targets))},)"
            out.append(f"        {value!r}: {shown},")
        out.append("    },")
        out.append(f"    {package!r},")
        if union.rest:
            out.append(f"    rest=({', '.join(repr(names.target(c)) for c in union.rest)},),")
        out.append(")")
        out.append("")
        out.append("")
    for union in unions:
        alias = str(ClassName(union.name, ""))
        out.append(f"def {_func(union.name)}(data: Mapping[str, Any]) -> {alias}:")
        out.append(
            f'    """Parse one `{union.name}` (dispatch on `{union.key}`; unknown values give '
            'an `UnknownVariant`)."""'
        )
        out.append(f'    return cast("{alias}", {_const(union.name)}.parse(data))')
        out.append("")
        out.append("")
    out.append("UNIONS: dict[str, LazyUnion] = {")
    for union in unions:
        out.append(f"    {union.name!r}: {_const(union.name)},")
    out.append("}")
    out.append('"""Every root union by spec name (for tools and tests)."""')
    out.append("")
    out.append("_ALIASES: dict[str, LazyUnion] = {")
    for union in unions:
        out.append(f"    {str(ClassName(union.name, ''))!r}: {_const(union.name)},")
    out.append("}")
    out.append("")
    out.append("")
    out.append("def __getattr__(name: str) -> Any:")
    out.append(
        '    """`unions.<Union>` at runtime: the `Union[...]` of its members (imports them)."""'
    )
    out.append("    union = _ALIASES.get(name)")
    out.append("    if union is None:")
    out.append('        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")')
    out.append("    value = union.as_type()")
    out.append("    globals()[name] = value")
    out.append("    return value")
    out.append("")
    return "\n".join(out)


def render_events(unions: list[RootUnion], names: _Names) -> str:
    """The source of `events.py`: the stream entry points, re-exported under usual names."""
    events = [u for u in unions if u.name.endswith("Event")]
    chunk = names.cls(CHAT_CHUNK)
    out = [
        '"""Stream event entry points: one call turns a decoded SSE `data` object into its typed',
        "event (or an `UnknownVariant` for an event type this client does not know yet).",
        "",
        "Assistants events are discriminated by the SSE `event:` name: pass",
        '`{"event": <name>, "data": <decoded data>}`. Written by scripts/codegen/dispatch.py.',
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Callable, Mapping",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from ._runtime.lenient import UnknownVariant",
        "from .unions import (",
    ]
    for union in events:
        out.append(f"    {_func(union.name)},")
    out.append(")")
    out.append("")
    out.append("if TYPE_CHECKING:")
    out.append(f"    from .models.{names.modules[chunk]} import {chunk}")
    out.append("")
    out.append("")
    out.append(f"_chunk_parser: Callable[[Mapping[str, Any]], {chunk}] | None = None")
    out.append("")
    out.append("")
    out.append(f"def parse_chat_completion_chunk(data: Mapping[str, Any]) -> {chunk}:")
    out.append('    """Parse one streamed chat completion chunk (`chat.completion.chunk`)."""')
    out.append("    global _chunk_parser")
    out.append("    if _chunk_parser is None:  # imported on first use, once")
    out.append(f"        from .models.{names.modules[chunk]} import {chunk}")
    out.append("")
    out.append(f"        _chunk_parser = {chunk}.from_dict")
    out.append("    return _chunk_parser(data)")
    out.append("")
    out.append("")
    out.append("__all__ = [")
    exported = [_func(u.name) for u in events] + ["parse_chat_completion_chunk", "UnknownVariant"]
    for name in sorted(exported):
        out.append(f"    {name!r},")
    out.append("]")
    out.append("")
    return "\n".join(out)


def emit(normalized_spec: dict[str, Any], raw_spec: dict[str, Any], package_dir: Path) -> None:
    """Write `unions.py` and `events.py` into the generated package."""
    unions = find_root_unions(normalized_spec)
    names = _Names(package_dir, GENERATOR_CONFIG)
    package = package_dir.name
    (package_dir / "unions.py").write_text(render_unions(unions, names, package), encoding="utf-8")
    (package_dir / "events.py").write_text(render_events(unions, names), encoding="utf-8")
