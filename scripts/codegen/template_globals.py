"""Helpers the custom model templates call while rendering (registered as jinja globals).

They decide, once for every generated model, what user code sees:

* `attr_name`: a field is an attribute under the API's own name (`type`, `object`, `input`,
  `format`, `bytes`); only true Python keywords keep the generator's trailing underscore
  (`from_`). The generator's `python_name` (still suffixed) stays the name of the parsing
  locals, so a local never shadows a builtin the template code calls.
* `field_annotation`: what an attribute can really hold: an absent field reads `None`, an
  enum admits values this client does not know (`Literal[...] | str`), and a union of
  objects admits `UnknownVariant`.
* `sdk_name`, `sdk_ordered`, `sdk_field_names`: the official SDK's class name (what `repr`
  prints; per field for nested models the SDK names by where they sit) and field
  order (of `_fields_` and `_wire_`, so repr, dumps and `to_dict` follow it), from the
  derived data `sdk_types/display.yaml`;
* `model_mixins`: computed accessors (e.g. `Response.output_text`) by class name, from the
  runtime module `accessors`.
"""

from __future__ import annotations

import ast
import builtins
import keyword
import re
from functools import cache
from pathlib import Path
from typing import Any

from .sdk_types import display

_BUILTINS = frozenset(dir(builtins)) - {"self", "true", "false", "datetime"}

#: Names the runtime base class defines: a field must not hide them.
BASE_NAMES = frozenset(
    {
        "additional_properties",
        "additional_keys",
        "construct",
        "from_dict",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_extra",
        "model_fields_set",
        "model_validate",
        "to_dict",
        "to_json",
    }
)

_ACCESSORS = Path(__file__).resolve().parent / "runtime" / "accessors.py"


def attr_name(prop: Any) -> str:
    """The attribute name of a model field: the generator's name without a stray `_`; a `/`
    in the API name becomes `_` as in the SDK (`harassment/threatening` ->
    `harassment_threatening`, where the generator drops it: `harassmentthreatening`)."""
    python_name = str(prop.python_name)
    raw = _code(prop.name)
    if "/" in raw:
        python_name = re.sub(r"[^0-9a-z]+", "_", raw.lower()).strip("_")
    bare = python_name[:-1]
    if python_name.endswith("_") and bare in _BUILTINS and not keyword.iskeyword(bare):
        return bare
    return python_name


def _code(value: Any) -> str:
    """The text of a generator `PythonCode`/`UntrustedString` (or of a plain string)."""
    for getter in ("as_unembedded_code", "get_untrusted_value"):
        method = getattr(value, getter, None)
        if method is not None:
            return str(method())
    return str(value)


def _split(type_string: str) -> list[str]:
    """Top-level members of a `A | B[C | D]` type expression."""
    parts: list[str] = []
    depth = 0
    start = 0
    for i, char in enumerate(type_string):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(type_string[start:i].strip())
            start = i + 1
    parts.append(type_string[start:].strip())
    return [p for p in parts if p]


def _join(parts: list[str]) -> str:
    unique = list(dict.fromkeys(parts))
    rest = sorted((p for p in unique if p != "None"), key=str.lower)
    return " | ".join([*rest, *(["None"] if "None" in unique else [])])


def _members(prop: Any, strict: bool = False) -> list[str]:
    template = prop.template
    if template == "literal_enum_property.py.jinja":
        # The API adds enum values faster than the spec: an unknown one stays a `str`,
        # except in a discriminator that union dispatch guarantees (`strict`).
        literal = _code(prop.get_type_string(no_optional=True))
        return [literal] if strict else [literal, "str"]
    if template == "list_property.py.jinja":
        return [f"list[{_join(_members(prop.inner_property))}]"]
    if template == "union_property.py.jinja":
        parts: list[str] = []
        models = 0
        for inner in prop.inner_properties:
            models += inner.template == "model_property.py.jinja"
            parts.extend(_members(inner))
        if models >= 2:
            parts.append("UnknownVariant")  # an object that fits no known member
        return [p for part in parts for p in _split(part)]
    return _split(_code(prop.get_type_string(no_optional=True)))


def field_annotation(
    prop: Any, class_name: Any = "", strict: frozenset[tuple[str, str]] = frozenset()
) -> str:
    """The attribute annotation: every value a parsed (or constructed) model can hold.

    `strict`: the `(class, field)` pairs of `strict_discriminators`, whose enum admits only
    its listed values."""
    parts = _members(prop, (_code(class_name), _code(prop.name)) in strict)
    if not prop.required:
        parts.append("None")  # absent from the body
    return _join(parts)


def field_default(prop: Any) -> str | None:
    """The `__init__` default: the spec default, `ABSENT` (not sent) or none (required).

    A required field that admits `null` may be left out too (reading `None`, absent from
    `to_dict()`), as the SDK's `Optional[...] = None` fields: code that builds
    `ChatCompletionMessage(role="assistant", content="hi")` need not name `refusal`."""
    if prop.default is not None:
        return _code(prop.default.python_code)
    if not prop.required or "None" in _members(prop):
        return "ABSENT"
    return None


def check_fields(class_name: str, props: list[Any]) -> str:
    """Fail the generation if two fields share an attribute name or hide a base name."""
    seen: dict[str, str] = {}
    for prop in props:
        name = attr_name(prop)
        if name in BASE_NAMES:
            raise ValueError(f"{class_name}.{name} would hide a method of the model base class")
        if name in seen:
            raise ValueError(f"{class_name}: {_code(prop.name)!r} and {seen[name]!r} map to {name}")
        seen[name] = _code(prop.name)
    return ""


@cache
def _accessors() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """`MIXINS` (class name -> mixin) and each mixin's property names, read from the source."""
    if not _ACCESSORS.is_file():
        return {}, {}
    tree = ast.parse(_ACCESSORS.read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    properties: dict[str, frozenset[str]] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "MIXINS"
            and node.value is not None
        ):
            table = {str(k): str(v) for k, v in ast.literal_eval(node.value).items()}
        elif isinstance(node, ast.ClassDef):
            properties[node.name] = frozenset(
                item.name
                for item in node.body
                if isinstance(item, ast.FunctionDef)
                and any(isinstance(d, ast.Name) and d.id == "property" for d in item.decorator_list)
            )
    return table, properties


def model_mixins(class_name: str) -> list[str]:
    """Accessor mixin classes (in `_runtime.accessors`) a model inherits, by class name."""
    mixin = _accessors()[0].get(_code(class_name))
    return [mixin] if mixin else []


def model_fields(class_name: str, props: list[Any]) -> list[Any]:
    """The properties rendered as fields: a computed accessor replaces a spec property of the
    same name (the spec lists SDK-only conveniences such as `Response.output_text`; the API
    never sends them, and a key that does arrive is kept as an extra key)."""
    properties = _accessors()[1]
    computed: set[str] = set()
    for mixin in model_mixins(class_name):
        computed |= properties.get(mixin, frozenset())
    return [p for p in props if attr_name(p) not in computed]


def sdk_name(class_name: Any) -> str:
    """The official SDK's name for a generated class (its own when the SDK has none)."""
    return display.display_name(_code(class_name))


def sdk_field_names(class_name: Any) -> str:
    """The Python literal of the names nested models print under each field (where the SDK
    names them by where they sit), or `""` when there are none."""
    names = display.field_names(_code(class_name))
    return repr({key: dict(sorted(v.items())) for key, v in sorted(names.items())}) if names else ""


def sdk_python_names(class_name: Any) -> dict[str, str]:
    """`{attribute: the SDK's name}` where the SDK renames a field pydantic reserves."""
    return dict(sorted(display.python_names(_code(class_name)).items()))


def sdk_ordered(class_name: Any, props: list[Any]) -> list[Any]:
    """Properties in the SDK class's field order; those it lacks after, in spec order."""
    return display.ordered(_code(class_name), props, lambda p: _code(p.name))


_SCALARS = frozenset({"str", "int", "float", "bool", "None"})


def free_form_value(type_string: Any) -> str:
    """The value type of a free-form object (`FreeFormModel[V]`): the spec's
    `additionalProperties` type when it is made of scalars (`metadata`: `str`), else `Any`
    (a model or list value type would need imports at class creation)."""
    text = _code(type_string)
    parts = _split(text)
    return _join(parts) if parts and set(parts) <= _SCALARS else "Any"


def reads_as_float(prop: Any) -> bool:
    """Whether a field takes a JSON number but no integer (`float`, `float | None`,
    `str | float | bool`): an integer it is given reads as a float (runtime `as_float`), as
    the official SDK's models read it (`1767225600` -> `1767225600.0`)."""
    if prop.template == "float_property.py.jinja":
        return True
    kinds = {type(inner).__name__ for inner in getattr(prop, "inner_properties", ())}
    return "FloatProperty" in kinds and "IntProperty" not in kinds


GLOBALS: dict[str, Any] = {
    "attr_name": attr_name,
    "check_fields": check_fields,
    "field_annotation": field_annotation,
    "field_default": field_default,
    "free_form_value": free_form_value,
    "model_fields": model_fields,
    "model_mixins": model_mixins,
    "reads_as_float": reads_as_float,
    "sdk_name": sdk_name,
    "sdk_field_names": sdk_field_names,
    "sdk_ordered": sdk_ordered,
    "sdk_python_names": sdk_python_names,
}
"""Registered on the generator's jinja environment by `generator.run`."""


def _walk_models(prop: Any, in_union: bool, out: list[tuple[str, bool]]) -> None:
    """`(class name, inside a union?)` for every model a property can hold."""
    template = prop.template
    if template == "model_property.py.jinja":
        out.append((_code(prop.class_info.name), in_union))
    elif template == "list_property.py.jinja":
        _walk_models(prop.inner_property, in_union, out)
    elif template == "union_property.py.jinja":
        for inner in prop.inner_properties:
            _walk_models(inner, True, out)


def _tags(model: Any) -> dict[str, str]:
    """A model's const and enum fields (wire name -> template): what dispatch can read."""
    props = list(model.required_properties or []) + list(model.optional_properties or [])
    kinds = ("const_property.py.jinja", "literal_enum_property.py.jinja")
    return {_code(p.name): p.template for p in props if p.template in kinds}


def _union_key(members: list[Any]) -> str | None:
    """The field most members carry as a const or enum (`type` first on ties): the one
    `_runtime.dispatch` looks up (it needs two members or more to carry it)."""
    counts: dict[str, int] = {}
    for member in members:
        for name in _tags(member):
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts, key=lambda n: (-counts[n], n != "type", n))
    return ranked[0] if ranked and counts[ranked[0]] >= 2 else None


def strict_discriminators(models: list[Any], endpoints: list[Any]) -> frozenset[tuple[str, str]]:
    """`(class, field)` pairs whose enum never holds an unknown value, so their annotation
    is the bare `Literal[...]` and `if tool.type == "function":` narrows a union.

    A model qualifies for a field when it is only ever reached as a member of unions that
    dispatch on that field (an unknown value there becomes an `UnknownVariant`, never this
    class) and never directly (a field, a list item, an operation's result)."""
    by_name = {_code(m.class_info.name): m for m in models}
    direct: set[str] = set()
    keys: dict[str, set[str | None]] = {}
    holders: list[Any] = []
    for model in models:
        holders += list(model.required_properties or []) + list(model.optional_properties or [])
        extra = model.additional_properties
        if extra not in (None, True, False):
            holders.append(extra)
    for endpoint in endpoints:
        holders += [r.prop for r in endpoint.responses]
    for prop in holders:
        found: list[tuple[str, bool]] = []
        _walk_models(prop, False, found)
        direct.update(name for name, in_union in found if not in_union)
        unions = [prop] if prop.template == "union_property.py.jinja" else []
        inner = prop
        while inner.template == "list_property.py.jinja":
            inner = inner.inner_property
            if inner.template == "union_property.py.jinja":
                unions.append(inner)
        for union in unions:
            names = [
                _code(i.class_info.name)
                for i in union.inner_properties
                if i.template == "model_property.py.jinja"
            ]
            key = _union_key([by_name[n] for n in names if n in by_name])
            for name in names:
                keys.setdefault(name, set()).add(key)
    strict: set[tuple[str, str]] = set()
    for name, used in keys.items():
        model = by_name.get(name)
        if model is None or name in direct or len(used) != 1:
            continue
        (key,) = used
        if key is not None and _tags(model).get(key) == "literal_enum_property.py.jinja":
            strict.add((name, key))
    return frozenset(strict)


def _referenced_models(prop: Any) -> list[str]:
    template = prop.template
    if template == "model_property.py.jinja":
        return [_code(prop.class_info.name)]
    if template == "list_property.py.jinja":
        return _referenced_models(prop.inner_property)
    if template == "union_property.py.jinja":
        return [name for inner in prop.inner_properties for name in _referenced_models(inner)]
    return []


def recursive_models(models: list[Any]) -> frozenset[str]:
    """Classes that can contain themselves (a reference cycle in the spec, e.g. a compound
    filter of filters): only their `from_dict` counts nesting depth (a non-recursive class
    cannot nest deeper than the spec does)."""
    graph: dict[str, list[str]] = {}
    for model in models:
        props = list(model.required_properties or []) + list(model.optional_properties or [])
        extra = model.additional_properties
        if extra not in (None, True, False):
            props.append(extra)
        graph[_code(model.class_info.name)] = [n for p in props for n in _referenced_models(p)]
    # Kosaraju: finish order on the graph, then components on the reversed graph.
    order: list[str] = []
    seen: set[str] = set()
    for root in graph:
        if root in seen:
            continue
        seen.add(root)
        stack = [(root, iter(graph.get(root, ())))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                order.append(node)
            elif child not in seen:
                seen.add(child)
                stack.append((child, iter(graph.get(child, ()))))
    reverse: dict[str, list[str]] = {}
    for node, children in graph.items():
        for child in children:
            reverse.setdefault(child, []).append(node)
    recursive: set[str] = set()
    assigned: set[str] = set()
    for root in reversed(order):
        if root in assigned:
            continue
        component = [root]
        assigned.add(root)
        todo = [root]
        while todo:
            for parent in reverse.get(todo.pop(), ()):
                if parent not in assigned:
                    assigned.add(parent)
                    component.append(parent)
                    todo.append(parent)
        if len(component) > 1 or root in graph.get(root, ()):
            recursive.update(component)
    return frozenset(recursive)
