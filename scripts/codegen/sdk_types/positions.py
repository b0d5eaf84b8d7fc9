"""Check ``names.yaml`` against structure: an SDK name must be the class found where the SDK
has it.

``derive`` matches each SDK model to a generated class by shape alone, and equal shapes
fool it: the SDK's ``beta.threads.TextContentBlock`` (``{"type": "text", "text": {...}}``)
looks like the Responses ``TextContent`` (``{"type": "text", "text": "..."}``). Structure
tells them apart. Wherever a mapped SDK model has a field whose type is another mapped SDK
model (``Message.content`` holds ``TextContentBlock``), the generated class of the parent
must list the child's class at that field; ``mismatches`` reports each position where it
does not, and ``refine`` remaps such a child to the candidate at its positions that its
fields fit best, until nothing changes. A maintenance tool that needs the SDK installed,
like ``derive``; ``tests/unit/test_sdk_types.py`` keeps ``names.yaml`` free of mismatches.

Usage: ``python -m scripts.codegen.sdk_types.positions [--apply]``
"""

from __future__ import annotations

import collections
import importlib
import re
import sys
import types
import typing
from collections.abc import Iterator
from typing import Any, NamedTuple

import yaml

from .emit import NAMES_PATH, load

__all__ = ["Mismatch", "main", "mismatches", "refine", "wrong_names"]

_PACKAGE = "integrations_openai_api"
# A remap needs the child's wire fields to overlap the candidate's this much (Jaccard).
_MIN_FIT = 0.3
_DISCRIMINATORS = ("type", "object", "role")
_VALUES = re.compile(r"values:\n((?:      - .*\n)+)")
_ITEM = re.compile(r"      - (.*)\n")


class Mismatch(NamedTuple):
    """SDK model ``child`` sits at ``parent.field``; our class there lists none of ``ours``."""

    package: str
    parent: str
    field: str
    child: str
    ours: str
    candidates: tuple[str, ...]


def _flat(tp: Any) -> Iterator[Any]:
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        yield from _flat(typing.get_args(tp)[0])
    elif origin in (typing.Union, types.UnionType, list, dict):
        for arg in typing.get_args(tp):
            yield from _flat(arg)
    else:
        yield tp


def _our_class(target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(f"{_PACKAGE}.models.{module}"), name)


def _our_hints(cls: Any) -> dict[str, Any]:
    module = sys.modules[cls.__module__]
    load_lazy = getattr(module, "_load_lazy_imports", None)
    if load_lazy is not None:  # annotations name classes the module imports on first parse
        load_lazy()
    return typing.get_type_hints(cls)


def _models(data: dict[str, Any]) -> dict[type, list[tuple[str, str, str]]]:
    """SDK class -> every ``(package, name, target)`` mapping it to a generated model."""
    out: dict[type, list[tuple[str, str, str]]] = collections.defaultdict(list)
    for package, entry in data.items():
        module = importlib.import_module(f"openai.{package}")
        for name, target in (entry.get("names") or {}).items():
            sdk = getattr(module, name, None)
            if "model" in target and isinstance(sdk, type):
                out[sdk].append((package, name, target["model"]))
    return out


def _keys(sdk: Any) -> frozenset[str]:
    return frozenset(f.alias or n for n, f in sdk.model_fields.items())


def _fit(sdk: Any, ours: Any) -> float:
    keys, theirs = _keys(sdk), ours._known_keys_
    return len(keys & theirs) / len(keys | theirs) if keys | theirs else 0.0


class _Position(NamedTuple):
    package: str
    parent: str
    field: str
    child: type
    present: frozenset[type]
    # every ``(package, name)`` mapping the SDK class ``child``, and whether one of their
    # classes is among ``present``
    names: tuple[tuple[str, str], ...]
    held: bool


def _positions(data: dict[str, Any]) -> Iterator[_Position]:
    """Each field of a mapped SDK model whose type names another mapped SDK model."""
    models = _models(data)
    for sdk, mappings in models.items():
        for package, name, target in mappings:
            ours = _our_hints(_our_class(target))
            for field, info in sdk.model_fields.items():
                if field not in ours:
                    continue
                present = frozenset(c for c in _flat(ours[field]) if isinstance(c, type))
                for child in _flat(info.annotation):
                    wanted = models.get(child) if isinstance(child, type) else None
                    if wanted:
                        held = any(_our_class(t) in present for _p, _n, t in wanted)
                        names = tuple((p, n) for p, n, _t in wanted)
                        yield _Position(package, name, field, child, present, names, held)


def _candidates(position: _Position) -> tuple[str, ...]:
    return tuple(
        sorted(
            f"{c.__module__.rpartition('.')[2]}:{c.__name__}"
            for c in position.present
            if hasattr(c, "_known_keys_")
        )
    )


def mismatches(data: dict[str, Any]) -> list[Mismatch]:
    """Every position where the class a mapped SDK name stands for is not the one there."""
    return [
        Mismatch(
            pos.package,
            pos.parent,
            pos.field,
            pos.child.__name__,
            data[pos.names[0][0]]["names"][pos.names[0][1]]["model"],
            _candidates(pos),
        )
        for pos in _positions(data)
        if not pos.held
    ]


def _consts(sdk: Any) -> dict[str, frozenset[Any]]:
    """The SDK model's discriminating constants (``type``, ``object``, ``role``)."""
    out = {}
    for key, field in sdk.model_fields.items():
        if (field.alias or key) not in _DISCRIMINATORS:
            continue
        values = [
            v
            for arg in _flat(field.annotation)
            if typing.get_origin(arg) is typing.Literal
            for v in typing.get_args(arg)
        ]
        if values:
            out[field.alias or key] = frozenset(values)
    return out


def _rank(sdk: Any, ours: Any) -> tuple[int, float] | None:
    """How well ``ours`` stands for ``sdk``: (agreeing constants, field overlap); None when
    ours cannot hold every constant value the SDK's admits (a user message is never an
    assistant message; one kind of conversation item does not stand for all of them)."""
    theirs = {k: frozenset(v) for k, v in ours._const_values_.items()}
    agree = 0
    for key, values in _consts(sdk).items():
        if key in theirs:
            if not values <= theirs[key]:
                return None
            agree += 1
    fit = _fit(sdk, ours)
    return (agree, fit) if fit >= _MIN_FIT else None


def _wrong(
    data: dict[str, Any],
) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], set[tuple[str, str]]]]:
    """Names held at none of their positions: their candidates, and their parents."""
    held: set[tuple[str, str]] = set()
    pool: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    parents: dict[tuple[str, str], set[tuple[str, str]]] = collections.defaultdict(set)
    for pos in _positions(data):
        if pos.held:
            held.update(pos.names)
            continue
        for key in pos.names:
            pool[key].update(_candidates(pos))
            parents[key].add((pos.package, pos.parent))
    return {k: v for k, v in pool.items() if k not in held}, parents


def wrong_names(data: dict[str, Any]) -> list[str]:
    """``package:Name`` of each SDK name whose class is found at none of its positions."""
    return sorted(f"{package}:{name}" for package, name in _wrong(data)[0])


def refine(data: dict[str, Any], keep: frozenset[str] = frozenset()) -> list[str]:
    """Remap wrongly mapped names in place; the changes made, as lines.

    A name is wrong when the class it stands for is found at none of the positions where
    the SDK has it (a name right at one position and not at another is left alone: the
    spec merely splits what the SDK shares). It goes to the candidate of its positions
    whose constants agree with it and whose fields fit it best. Parents are settled before
    their children (a child is not judged from the fields of a parent about to move), until
    nothing changes. ``keep``: ``package:Name`` entries reviewed by hand, never remapped.
    """
    changes: list[str] = []
    for _round in range(20):
        pool, parents = _wrong(data)
        wrong = {k for k in pool if f"{k[0]}:{k[1]}" not in keep}
        remapped = False
        for key in sorted(wrong):
            if parents[key] & wrong:
                continue  # its parent moves first; judge it next round
            sdk = getattr(importlib.import_module(f"openai.{key[0]}"), key[1])
            ranked = [(r, c) for c in pool[key] if (r := _rank(sdk, _our_class(c))) is not None]
            if not ranked:
                continue
            best = max(ranked)[1]
            current = data[key[0]]["names"][key[1]]["model"]
            if best != current:
                data[key[0]]["names"][key[1]] = {"model": best}
                changes.append(f"{key[0]}.{key[1]}: {current} -> {best}")
                remapped = True
        if not remapped:
            break
    return changes


def main(argv: list[str] | None = None) -> None:
    """Print the mismatches; with ``--apply``, refine ``names.yaml`` first."""
    args = sys.argv[1:] if argv is None else argv
    data = load()
    if "--apply" in args:
        from .derive import OVERRIDES

        for line in refine(data, frozenset(OVERRIDES)):
            sys.stdout.write(f"remapped {line}\n")
        text = NAMES_PATH.read_text()
        header = "".join(line for line in text.splitlines(True) if line.startswith("#"))
        text = yaml.safe_dump(data, sort_keys=False, width=200)
        # ``values`` lists stay on one line, as written by hand
        text = _VALUES.sub(lambda m: f"values: [{', '.join(_ITEM.findall(m[1]))}]\n", text)
        NAMES_PATH.write_text(header + text)
    for name in wrong_names(data):
        sys.stdout.write(f"wrong at every position: {name}\n")


if __name__ == "__main__":
    main()
