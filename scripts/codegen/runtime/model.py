"""`ApiModel`: the one base class of every generated model (the SDK's model surface, once).

A generated class declares its fields and a `_fields_` table (attribute name, API key), and
renders `_from_dict_` (lenient, field by field). Everything else lives here:

* presence: an absent field reads `None`; `model_fields_set` names the fields the body (or the
  constructor caller) gave, so `to_dict()` returns exactly the body received (an explicit
  `null` stays, extra keys stay) and `Model(a=None)` sends `"a": null` while omitting `a`
  sends nothing;
* the pydantic-style methods SDK users call: `model_dump`, `model_dump_json`, `to_dict`,
  `to_json`, `model_copy`, `model_validate`, `construct`, `model_extra`, a short `repr`
  (and, from `introspect`, `model_fields`, `model_validate_json`, `TypeAdapter` support);
* bounds: `from_dict` types at most `MAX_DEPTH` nested models (deeper objects stay raw JSON,
  still round-tripped), and serializing never recurses without bound (see `lenient.to_json`),
  so no payload can raise `RecursionError`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from copy import deepcopy
from typing import Any, ClassVar, Literal, Self, TypeVar

from attrs import NOTHING, define, field, fields

from ..types import UNSET
from .introspect import ModelIntrospection, lazy_annotations
from .lenient import dumps, to_json

ABSENT: Any = UNSET
"""The `__init__` default of an optional field: not given, so not sent (reads `None`)."""

MAX_DEPTH = 40
"""Nested models `from_dict` types below one top-level call; deeper objects stay raw JSON."""

_PLAIN = (str, int, float)
_PLAIN_TYPES = frozenset((str, int, float, bool))
_NEST = 50  # containers serialized recursively before switching to the iterative copy

Shape = tuple[frozenset[str], bool]
"""What a parsed body's keys tell: the keys present, and whether any is undeclared."""

NO_KEYS: frozenset[str] = frozenset()
"""The presence of a free-form object (no declared field: its keys are all extra keys)."""

SHAPE_LIMIT = 64
"""Key orders a model remembers: bodies of one model come in a few orders, and a body with
keys of its own (free-form objects) must not grow the table without bound."""


def learn_shape(
    shapes: dict[tuple[str, ...], Shape], d: dict[str, Any], known: frozenset[str]
) -> Shape:
    """The `Shape` of `d` for a model declaring `known`, remembered in `shapes` (by key
    order) up to `SHAPE_LIMIT` entries (threads racing may add one each). Instances share the frozenset: a model's presence
    costs one lookup and no memory of its own."""
    present = frozenset(d)
    shape = (present, not present <= known)
    if len(shapes) < SHAPE_LIMIT:
        shapes[tuple(d)] = shape
    return shape


def extra_keys(d: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The items of `d` whose keys `known` does not declare (a new dict)."""
    return {key: value for key, value in d.items() if key not in known}


class AbsentList(list[Any]):
    """A required array the body left out: reads as `[]` (so `for c in chunk.choices` and
    its `list[...]` annotation hold) but is not sent back by `to_dict()` (the body had no
    such key). Once items are added it is an ordinary list value."""

    __slots__ = ()


def _absent_list(value: object) -> bool:
    return value.__class__ is AbsentList and not value


class DepthLimitExceeded(ValueError):
    """A model nested deeper than `MAX_DEPTH`: the parent keeps the raw JSON (lenient)."""


class _State(threading.local):
    depth = 0  # nested from_dict calls in this thread


_state = _State()


def _holds_json_object(value: object) -> bool:
    """A dict, or a list holding one: what a constructor argument parses into models."""
    if type(value) is dict:
        return True
    return isinstance(value, list) and any(type(v) is dict for v in value)


@define(repr=False)
class ApiModel(ModelIntrospection):
    """Base of every generated model: presence tracking and the SDK's model methods."""

    _present_: frozenset[str] | set[str] = field(init=False, eq=False, repr=False)
    """API keys the body had (or the constructor caller gave); extra keys may be included.
    Parsed instances share one frozenset per key order; it is replaced, never changed."""
    _request_id: str | None = field(init=False, default=None, eq=False, repr=False)
    """The `x-request-id` of the HTTP response this object came from (top-level results)."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys of the body this client's spec does not declare (also `model_extra`)."""

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = ()
    """(attribute name, API key) of every declared field, in the official SDK's field order
    (fields it lacks after, in spec order): repr, dumps and `to_dict` follow it."""
    _known_keys_: ClassVar[frozenset[str]] = frozenset()
    """The API keys of `_fields_` (rendered; also used by union dispatch)."""
    _recursive_: ClassVar[bool] = False
    """Rendered True on classes that can contain themselves: their parse counts depth."""
    _attr_names_: ClassVar[tuple[str, ...]] = ()
    _sdk_name_: ClassVar[str] = "ApiModel"
    """The name `repr` and `type(x).__name__` print: the official SDK's for the class
    (rendered where it differs from ours), else the class's own (a user's subclass prints
    its own name)."""

    _sdk_attrs_: ClassVar[dict[str, str]] = {}
    """`{attribute: the SDK's name}` for fields the SDK renames (pydantic reserves `schema`,
    `model_*`): dumps by name and `repr` use the SDK's name (rendered where any differs)."""
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {}
    """`{API key: {nested class: SDK name}}`: what a nested model prints as under a field,
    where the SDK names one shape by where it sits (rendered where any differs)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        lazy_annotations(cls)  # typing.get_type_hints(cls) works before the first parse
        cls._attr_names_ = tuple(name for name, _ in cls._fields_)
        if "_sdk_name_" not in cls.__dict__:
            cls._sdk_name_ = cls.__name__
        # Scripts print `type(x).__name__`; `__qualname__` keeps the generated name, which
        # is what pickle and the module's namespace look the class up by.
        cls.__name__ = cls._sdk_name_

    def __attrs_post_init__(self) -> None:
        # Only for the constructor: `from_dict` fills instances without `__init__`.
        present: set[str] = set()
        objects: dict[str, Any] = {}
        for name, key in self._fields_:
            value = getattr(self, name)
            if value is UNSET:
                setattr(self, name, None)
            else:
                present.add(key)
                if _holds_json_object(value):
                    objects[key] = value
        if objects:
            # As the SDK's models: JSON objects given to the constructor become the field's
            # models (test fixtures are written as plain dicts), parsed as a response is.
            parsed = type(self).from_dict(objects)
            for name, key in self._fields_:
                if key in objects:
                    setattr(self, name, getattr(parsed, name))
        self._present_ = present

    # -- parsing ---------------------------------------------------------------------------

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        # Rendered in every generated class: reads `d` without changing it and sets every
        # slot, `_present_` and `additional_properties` included (no `__init__`).
        raise NotImplementedError

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object leniently (a field that does not fit keeps its raw value).

        `src_dict` is only read: the instance keeps its values, not the dict."""
        if src_dict.__class__ is not dict:
            if not isinstance(src_dict, Mapping):
                raise TypeError(
                    f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
                )
            src_dict = dict(src_dict)
        if cls._recursive_:
            return _parse_counted(cls, src_dict)
        return cls._from_dict_(src_dict)

    @classmethod
    def model_validate(cls, obj: Any) -> Self:
        """An instance from a JSON object (or the instance itself)."""
        if isinstance(obj, cls):
            return obj
        return cls.from_dict(obj)

    @classmethod
    def model_construct(cls, _fields_set: set[str] | None = None, **values: Any) -> Self:
        """An instance from attribute (or API) names, without parsing; unknown names are
        kept as extra keys, missing fields read `None`."""
        by_key = {key: name for name, key in cls._fields_}
        kwargs: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in values.items():
            name = key if key in cls._attr_names_ else by_key.get(key)
            if name is None:
                extra[key] = value
            else:
                kwargs[name] = value
        for attribute in fields(cls):
            if attribute.init and attribute.name not in kwargs:
                kwargs[attribute.name] = ABSENT
        make: Any = cls
        obj: Self = make(**kwargs)
        obj.additional_properties.update(extra)
        if _fields_set is not None:
            by_name = dict(cls._fields_)
            obj._present_ = {by_name.get(name, name) for name in _fields_set}
        return obj

    @classmethod
    def construct(cls, _fields_set: set[str] | None = None, **values: Any) -> Self:
        """Alias of `model_construct` (pydantic v1 name, still used with the SDK)."""
        return cls.model_construct(_fields_set, **values)

    # -- presence and extras ---------------------------------------------------------------

    @property
    def model_fields_set(self) -> set[str]:
        """Names of the fields the body (or the constructor caller) set, `null` included."""
        present = self._present_
        return {name for name, key in self._fields_ if key in present}

    @property
    def model_extra(self) -> dict[str, Any]:
        """Keys of the body the spec does not declare, with their values."""
        return self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        """The extra keys (see `model_extra`)."""
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        """`(name, value)` for every field, then the extra keys (like `dict(model)`)."""
        shown = self._sdk_attrs_
        for name in self._attr_names_:
            yield shown.get(name, name), getattr(self, name)
        yield from self.additional_properties.items()

    # -- serializing -----------------------------------------------------------------------

    def _wire_(self) -> dict[str, Any]:
        # Generic form; generated models render an unrolled override (several times faster).
        out: dict[str, Any] = {}
        present = self._present_
        for name, key in self._fields_:
            value = getattr(self, name)
            if value is None:
                if key in present:
                    out[key] = None
            elif value.__class__ in _PLAIN_TYPES:
                out[key] = value
            elif value.__class__ is not AbsentList or value or key in present:
                out[key] = to_json(value)
        extra = self.additional_properties
        if extra:
            for key, value in extra.items():
                out[key] = to_json(value)
        return out

    def _dump_(
        self, by_alias: bool, exclude_unset: bool, exclude_none: bool, exclude_defaults: bool
    ) -> dict[str, Any]:
        options = (by_alias, exclude_unset, exclude_none, exclude_defaults)
        defaults = _defaults(type(self)) if exclude_defaults else {}
        out: dict[str, Any] = {}
        # By name, a received field whose API key differs from its name is listed under the
        # key too, after the fields: the SDK's parser keeps such keys as extra keys
        # (`harassment/threatening` next to `harassment_threatening`).
        aliased: dict[str, Any] = {}
        present = self._present_
        sdk_attrs = self._sdk_attrs_
        for name, key in self._fields_:
            value = getattr(self, name)
            shown = sdk_attrs.get(name, name) if sdk_attrs else name
            if (
                not by_alias
                and key != shown
                and key in present
                and not (value is None and exclude_none)
            ):
                aliased[key] = _dump_value(value, options, 0)
            if value is None and (exclude_none or (exclude_unset and key not in present)):
                continue
            if exclude_unset and _absent_list(value) and key not in present:
                continue
            if name in defaults and defaults[name] == value:
                continue
            out[key if by_alias else shown] = _dump_value(value, options, 0)
        out.update(aliased)
        for key, value in self.additional_properties.items():
            if value is None and exclude_none:
                continue
            out[key] = _dump_value(value, options, 0)
        return out

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> dict[str, Any]:
        """The JSON object: by default exactly the fields the API sent, under its key names.

        `mode` is accepted for the SDK's signature; values are JSON data in both modes.
        """
        if use_api_names and exclude_unset and not exclude_none and not exclude_defaults:
            return self._wire_()
        return self._dump_(use_api_names, exclude_unset, exclude_none, exclude_defaults)

    def to_json(
        self,
        *,
        indent: int | None = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """`to_dict()` as a JSON string (indented by 2 by default)."""
        data = self.to_dict(
            use_api_names=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
        )
        return dumps(data, indent=indent)

    def model_dump(
        self,
        *,
        mode: Literal["json", "python"] | str = "python",
        include: set[str] | None = None,
        exclude: set[str] | None = None,
        by_alias: bool | None = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        round_trip: bool = False,
        warnings: bool | Literal["none", "warn", "error"] = True,
    ) -> dict[str, Any]:
        """Every field (absent ones as `None`) under attribute names, plus the extra keys.

        `include`/`exclude` select top-level names; values are JSON data in both modes.
        """
        out = self._dump_(bool(by_alias), exclude_unset, exclude_none, exclude_defaults)
        if include is not None:
            out = {k: v for k, v in out.items() if k in include}
        if exclude is not None:
            out = {k: v for k, v in out.items() if k not in exclude}
        return out

    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        include: set[str] | None = None,
        exclude: set[str] | None = None,
        by_alias: bool | None = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        round_trip: bool = False,
        warnings: bool | Literal["none", "warn", "error"] = True,
    ) -> str:
        """`model_dump()` as JSON (compact unless `indent` is given)."""
        data = self.model_dump(
            mode="json",
            include=include,
            exclude=exclude,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
        )
        return dumps(data, indent=indent)

    # -- copies, equality, repr ------------------------------------------------------------

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy (a deep one with `deep=True`); `update` sets fields (or extra keys)."""
        cls = type(self)
        new = cls.__new__(cls)
        for attribute in fields(cls):
            setattr(new, attribute.name, getattr(self, attribute.name))
        present = set(self._present_)
        new._present_ = present
        new.additional_properties = dict(self.additional_properties)
        if deep:
            new = deepcopy(new)
            present = set(new._present_)
            new._present_ = present
        by_key = {key: name for name, key in cls._fields_}
        for key, value in (update or {}).items():
            name = key if key in cls._attr_names_ else by_key.get(key)
            if name is None:
                new.additional_properties[key] = value
            else:
                setattr(new, name, value)
                present.add(dict(cls._fields_)[name])
        return new

    def copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """`model_copy` under pydantic's older name, which the SDK's models still answer."""
        return self.model_copy(update=update, deep=deep)

    def __repr__(self) -> str:
        # As pydantic prints the SDK's models: every field (absent ones as None), nested
        # values in full; only nesting deeper than REPR_DEPTH is elided.
        return _model_repr(self, 0)

    def __rich_repr__(self) -> Iterator[tuple[str, Any]]:
        for name, _ in self._fields_:
            yield name, getattr(self, name)
        yield from self.additional_properties.items()


_V = TypeVar("_V")


@define(repr=False, eq=False)
class FreeFormModel(ApiModel, Mapping[str, _V]):
    """A JSON object with no declared fields (`metadata`, a JSON schema, tool arguments):
    the SDK types these as `Dict[str, V]`, so this reads as one: `m["k"]`, `m.get("k")`,
    `list(m)` (the keys), `len(m)`, `m.items()`, `m == {"k": "v"}`; it prints as a dict.
    `V` is the spec's value type when it is a scalar (`metadata`: `str`), else `Any`."""

    def __getitem__(self, key: str) -> _V:
        value: _V = self.additional_properties[key]
        return value

    def __iter__(self) -> Iterator[str]:  # type: ignore[override]  # a dict's: the keys
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FreeFormModel):
            return self.additional_properties == other.additional_properties
        if isinstance(other, Mapping):
            return self.additional_properties == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dict


_M = TypeVar("_M", bound=ApiModel)


def _parse_counted(cls: type[_M], d: dict[str, Any]) -> _M:
    """`_from_dict_` under the per-thread depth count (classes that can nest themselves)."""
    state = _state
    depth = state.depth
    if depth >= MAX_DEPTH:
        raise DepthLimitExceeded(f"{cls.__name__}: more than {MAX_DEPTH} nested objects")
    state.depth = depth + 1
    try:
        return cls._from_dict_(d)
    finally:
        state.depth = depth


_DEFAULTS: dict[type[Any], dict[str, Any]] = {}


def _defaults(cls: type[ApiModel]) -> dict[str, Any]:
    found = _DEFAULTS.get(cls)
    if found is None:
        # A required constant (`object = "embedding"`) has a default only for the
        # constructor's sake; as in the SDK, `exclude_defaults` keeps required fields.
        required = set(getattr(cls, "_required_keys_", ()))
        keys = dict(cls._fields_)
        found = _DEFAULTS[cls] = {
            a.name: None if a.default is UNSET else a.default
            for a in fields(cls)
            if a.init
            and a.default is not NOTHING
            and not hasattr(a.default, "takes_self")
            and keys.get(a.name) not in required
        }
    return found


def _dump_value(value: Any, options: tuple[bool, bool, bool, bool], depth: int) -> Any:
    if value is None or isinstance(value, _PLAIN):
        return value
    if isinstance(value, ApiModel):
        return value._dump_(*options)
    if depth > _NEST:
        return to_json(value)  # raw JSON this deep: the iterative copy, no recursion
    if isinstance(value, list | tuple):
        return [_dump_value(item, options, depth + 1) for item in value]
    if isinstance(value, dict):
        return {key: _dump_value(item, options, depth + 1) for key, item in value.items()}
    return to_json(value)


#: Nesting levels (models and containers alike) `repr` shows before eliding: pydantic has no
#: bound, but a filter nested thousands deep would overflow the stack.
REPR_DEPTH = 12


def _model_repr(model: ApiModel, depth: int, names: dict[str, str] | None = None) -> str:
    """`names`: the SDK's names of nested classes under the field holding `model`."""
    if not model._fields_:
        # A free-form object (a schema with no properties: `metadata`, JSON schemas, tool
        # arguments) is a dict in the SDK's types, and prints as one.
        return _repr_value(model.additional_properties, depth)
    # by the generated name (`__qualname__`: `__name__` is the SDK's, as printed)
    shown = names.get(type(model).__qualname__, model._sdk_name_) if names else model._sdk_name_
    if depth >= REPR_DEPTH:
        return f"{shown}(...)"
    hints = model._sdk_field_names_
    attrs = model._sdk_attrs_
    parts = [
        f"{attrs.get(name, name)}={_repr_value(getattr(model, name), depth, hints.get(key))}"
        for name, key in model._fields_
    ]
    # A received field whose API key differs from its name is printed under the key too,
    # as `model_dump` lists it: the SDK's parser keeps such keys as extra keys as well.
    present = model._present_
    parts += [
        f"{key}={_repr_value(getattr(model, name), depth, hints.get(key))}"
        for name, key in model._fields_
        if key != attrs.get(name, name) and key in present
    ]
    parts += [f"{k}={_repr_value(v, depth)}" for k, v in model.additional_properties.items()]
    return f"{shown}({', '.join(parts)})"


def _repr_value(value: Any, depth: int, names: dict[str, str] | None = None) -> str:
    """One field value as pydantic shows it, nested models and containers included."""
    if isinstance(value, ApiModel):
        return _model_repr(value, depth + 1, names)
    if isinstance(value, list | tuple):
        if depth + 1 >= REPR_DEPTH and value:
            return "[...]"
        items = ", ".join(_repr_value(item, depth + 1, names) for item in value)
        return (
            f"[{items}]"
            if isinstance(value, list)
            else f"({items}{',' if len(value) == 1 else ''})"
        )
    if isinstance(value, dict):
        if depth + 1 >= REPR_DEPTH and value:
            return "{...}"
        return (
            "{"
            + ", ".join(f"{k!r}: {_repr_value(v, depth + 1, names)}" for k, v in value.items())
            + "}"
        )
    return repr(value)


__all__ = [
    "ABSENT",
    "MAX_DEPTH",
    "NO_KEYS",
    "REPR_DEPTH",
    "SHAPE_LIMIT",
    "AbsentList",
    "ApiModel",
    "DepthLimitExceeded",
    "FreeFormModel",
    "Shape",
    "extra_keys",
    "learn_shape",
]
