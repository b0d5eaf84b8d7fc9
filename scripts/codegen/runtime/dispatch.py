"""Union dispatch: pick the class of a JSON object without trying every variant.

Every generated model class carries three class attributes rendered from the spec:
`_const_values_` (allowed values of its const / enum string fields), `_required_keys_` and
`_known_keys_`. From those, the first parse of a given union builds a `_Plan` once:

* a *discriminated* union (a field whose allowed values tell every member apart, usually
  `type`) becomes a dict from value to class: one lookup per object, O(1);
* otherwise (or for a member without that field) the members are ranked by how well the
  object's keys fit them (const values must agree; fewer missing required keys, more known
  keys win), in spec order on ties.

An object that fits no member returns `None`; the caller keeps it as an `UnknownVariant`.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import Any, Union

from .lenient import UnknownVariant

_PREFERRED = ("type", "object", "event", "role")


class _Plan:
    __slots__ = ("classes", "key", "rest", "table")

    def __init__(self, classes: Sequence[type[Any]]) -> None:
        self.classes = tuple(classes)
        self.key: str | None = None
        self.table: dict[Any, tuple[type[Any], ...]] = {}
        self.rest: tuple[type[Any], ...] = self.classes
        best: tuple[int, int, int] | None = None
        for key in _candidate_keys(self.classes):
            table, rest = _table(self.classes, key)
            # The key that tells the most members apart wins; then coverage; then the usual
            # names (`type` first).
            sole = {group[0] for group in table.values() if len(group) == 1}
            score = (len(sole), len(self.classes) - len(rest), -_rank(key))
            if sole and (best is None or score > best):
                best, self.key, self.table, self.rest = score, key, table, rest

    def pick(self, data: Mapping[str, Any]) -> type[Any] | None:
        if self.key is not None:
            value = data.get(self.key)
            if value is not None:
                # Discriminators are strings: anything else (an object, a list, a number) is
                # an unknown value, never a lookup (unhashable) or a crash.
                found = self.table.get(value) if isinstance(value, str) else None
                if found is None:
                    return best_fit(data, self.rest, self.key)
                if len(found) == 1 and not self.rest:
                    return found[0]
                return best_fit(data, (*found, *self.rest), self.key)
        return best_fit(data, self.classes)


def _table(
    classes: Sequence[type[Any]], key: str
) -> tuple[dict[Any, tuple[type[Any], ...]], tuple[type[Any], ...]]:
    table: dict[Any, tuple[type[Any], ...]] = {}
    rest: list[type[Any]] = []
    for cls in classes:
        values = _consts(cls).get(key)
        if values is None:
            rest.append(cls)
            continue
        for value in values:
            # A value shared by several members (e.g. `message` for input and output
            # messages) keeps all of them; their shapes decide.
            table[value] = (*table.get(value, ()), cls)
    return table, tuple(rest)


def _consts(cls: type[Any]) -> Mapping[str, tuple[Any, ...]]:
    consts: Mapping[str, tuple[Any, ...]] = getattr(cls, "_const_values_", {})
    return consts


def _candidate_keys(classes: Sequence[type[Any]]) -> list[str]:
    seen: dict[str, int] = {}
    for cls in classes:
        for key in _consts(cls):
            seen[key] = seen.get(key, 0) + 1
    return sorted(key for key, count in seen.items() if count >= 2)


def _rank(key: str) -> int:
    return _PREFERRED.index(key) if key in _PREFERRED else len(_PREFERRED)


def best_fit(
    data: Mapping[str, Any], classes: Sequence[type[Any]], key: str | None = None
) -> type[Any] | None:
    """The member whose declared shape fits `data` best, or None if none can (const clash).

    `key` is the union's discriminator: a member whose values for it do not include the
    object's is never picked (a new kind of member stays an `UnknownVariant`).
    """
    best: type[Any] | None = None
    best_score: tuple[int, int, int] | None = None
    for cls in classes:
        score = _fit(data, cls, key)
        if score is not None and (best_score is None or score > best_score):
            best, best_score = cls, score
    return best


def _fit(data: Mapping[str, Any], cls: type[Any], key: str | None) -> tuple[int, int, int] | None:
    mismatched_enums = 0
    for name, allowed in _consts(cls).items():
        # null reads as absent: an optional const sent as null clashes with no member
        if data.get(name) is not None and not _allowed(data[name], allowed):
            if len(allowed) == 1 or name == key:
                return None  # a different const: certainly another member
            mismatched_enums += 1
    required: tuple[str, ...] = getattr(cls, "_required_keys_", ())
    known: frozenset[str] = getattr(cls, "_known_keys_", frozenset())
    missing = sum(1 for key in required if key not in data)
    matched = sum(1 for key in data if key in known)
    return (-missing - mismatched_enums - _clashes(data, cls), matched, -len(known))


def _clashes(data: Mapping[str, Any], cls: type[Any]) -> int:
    """Keys whose object or list value the member declares a plain scalar.

    Members that share their keys differ by value shape (`content` a string in one, a list
    of parts in the other): the shape then picks the member that can hold the value.
    """
    declared: Mapping[str, str] = getattr(cls, "_param_types_", {})
    return sum(
        1
        for key, value in data.items()
        if isinstance(value, dict | list) and declared.get(key) in _SCALAR_NAMES
    )


_SCALAR_NAMES = frozenset({"str", "int", "float", "bool"})


def _allowed(value: Any, allowed: tuple[Any, ...]) -> bool:
    # Only a scalar can equal a const (objects and lists never reach `==`; `True` is not 1).
    return type(value) in _SCALARS and value in allowed


_SCALARS = (str, int, float)


_PLANS: dict[tuple[type[Any], ...], _Plan] = {}


def pick_variant(data: Mapping[str, Any], classes: tuple[type[Any], ...]) -> type[Any] | None:
    """The class in `classes` that `data` is an instance of, or None for an unknown variant."""
    plan = _PLANS.get(classes)
    if plan is None:
        plan = _PLANS[classes] = _Plan(classes)
    return plan.pick(data)


class LazyUnion:
    """A root union (e.g. all Responses stream events) parsed through a value -> class table.

    `table` maps discriminator values to `"module:Class"` inside the generated package (or to
    a tuple of them when members share a value; their shapes decide); a class is imported the
    first time its value is seen, so parsing one event type never imports the other fifty.
    `rest` lists members without a discriminator value of their own; an object whose value is
    missing or unknown is matched against them by shape.
    """

    __slots__ = ("_cache", "key", "name", "package", "rest", "table")

    def __init__(
        self,
        name: str,
        key: str,
        table: Mapping[str, str | tuple[str, ...]],
        package: str,
        rest: Sequence[str] = (),
    ) -> None:
        self.name = name
        self.key = key
        self.table = {k: (v,) if isinstance(v, str) else tuple(v) for k, v in table.items()}
        self.package = package
        self.rest = tuple(rest)
        self._cache: dict[str | None, tuple[type[Any], ...]] = {}

    def _load(self, target: str) -> type[Any]:
        module, _, cls_name = target.partition(":")
        cls: type[Any] = getattr(importlib.import_module(f"{self.package}.{module}"), cls_name)
        return cls

    def _classes(self, value: str | None) -> tuple[type[Any], ...]:
        found = self._cache.get(value)
        if found is not None:
            return found
        targets = self.table.get(value) if value is not None else None
        if targets is None:
            # Missing value: every member is a candidate; unknown value: only the members
            # without a value of their own (none -> UnknownVariant). Shape decides.
            targets = self.rest
            if value is None:
                every = dict.fromkeys(t for group in self.table.values() for t in group)
                targets = (*every, *self.rest)
        elif self.rest:
            targets = (*targets, *self.rest)
        found = tuple(self._load(t) for t in targets)
        if value is None or value in self.table:  # never grow the cache with unknown values
            self._cache[value] = found
        return found

    def parse(self, data: Mapping[str, Any]) -> Any:
        """Parse `data` into its typed member, or an `UnknownVariant` if none fits."""
        if not isinstance(data, Mapping):
            raise TypeError(f"{self.name}: expected a JSON object, got {type(data).__name__}")
        value = data.get(self.key)
        if value is not None and not isinstance(value, str):
            value = ""  # a non-string discriminator is an unknown value
        classes = self._classes(value)
        if len(classes) == 1:
            return classes[0].from_dict(data)
        cls = best_fit(data, classes, self.key)
        return UnknownVariant(data) if cls is None else cls.from_dict(data)

    def members(self) -> tuple[type[Any], ...]:
        """Every member class, in table order (imports them all)."""
        targets = dict.fromkeys([*(t for group in self.table.values() for t in group), *self.rest])
        return tuple(self._load(t) for t in targets)

    def as_type(self) -> Any:
        """The union as a runtime type: `Union[<members>, UnknownVariant]`."""
        return Union[(*self.members(), UnknownVariant)]

    def class_for(self, value: str) -> type[Any] | None:
        """The (first) class registered for a discriminator value (imports it), or None."""
        targets = self.table.get(value)
        return None if not targets else self._load(targets[0])


__all__ = ["LazyUnion", "best_fit", "pick_variant"]
