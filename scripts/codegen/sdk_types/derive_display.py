"""Derive, for each generated model, the official SDK's class name and field order.

A maintenance tool like ``derive.py`` (``make generate`` never imports the SDK): it reads the
reviewed ``names.yaml`` (SDK name -> generated class) and the installed SDK, then:

1. seeds ``SDK class -> generated class`` from every ``model`` entry of ``names.yaml``;
2. follows fields from each mapped pair: the SDK field's annotation and ours (same API key)
   each name some model classes; one on each side pair up, several pair by shape (the same
   literal ``type``/``object`` constants, the most shared keys). So ``ChatCompletion.choices``
   items (``Choice``) pair with ``CreateChatCompletionResponseChoicesItem``, inline schemas
   the SDK names ``ChoiceDelta``, ``Hyperparameters``... get their name by where they sit;
3. picks one SDK class per generated class (see ``_pick``) and writes its name (what
   ``repr`` prints) and its fields' API keys in the SDK's order (what ``repr``,
   ``model_dump`` and ``to_dict`` follow).

Usage: ``python -m scripts.codegen.sdk_types.derive_display > scripts/codegen/sdk_types/display.yaml``
"""

from __future__ import annotations

import importlib
import re
import sys
import typing
from collections import deque
from typing import Any

import yaml
from openapi_python_client import strings

from .derive import _PACKAGE, _consts, _keys, _our_consts, _similar
from .emit import load

_MIN_SHAPE = 0.5  # least key overlap (Jaccard) for a pair picked by shape among several
_MIN_SAME_NAME = 0.6  # key overlap for an SDK class named like ours to count as it
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _sdk_models(annotation: Any, out: list[Any]) -> list[Any]:
    """The pydantic model classes an SDK annotation names (through unions, lists, dicts)."""
    if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
        if annotation not in out:
            out.append(annotation)
        return out
    for arg in typing.get_args(annotation):
        _sdk_models(arg, out)
    return out


def _our_models(cls: Any, key: str, models: dict[str, Any]) -> list[str]:
    """Our model classes a field (by API key) can hold, read from its rendered type text."""
    by_key = {k: name for name, k in cls._fields_}
    text = cls._param_types_.get(by_key.get(key, ""), "")
    return [w for w in dict.fromkeys(_WORD.findall(text)) if w in models]


def _fits(sdk: Any, ours: Any) -> float:
    """How well an SDK class fits one of ours: key overlap, or -1 when constants disagree."""
    theirs = _our_consts(ours)
    for key, values in _consts(sdk).items():
        if key in theirs and not values <= frozenset(theirs[key]):
            return -1.0
    keys, our_keys = _keys(sdk), ours._known_keys_
    return len(keys & our_keys) / len(keys | our_keys) if keys | our_keys else 0.0


def _pair_field(
    sdk_classes: list[Any], ours: list[str], models: dict[str, Any]
) -> list[tuple[Any, str]]:
    """Pairs of one field's SDK classes and our classes."""
    if len(sdk_classes) == 1 and len(ours) == 1:
        return [(sdk_classes[0], ours[0])] if _fits(sdk_classes[0], models[ours[0]]) >= 0 else []
    pairs = []
    for sdk in sdk_classes:
        scored = [(_fits(sdk, models[o]), _similar(sdk.__name__, o), o) for o in ours]
        best = max(scored, default=None)
        if best is not None and best[0] >= _MIN_SHAPE:
            pairs.append((sdk, best[2]))
    return pairs


def _seeds(models: dict[str, Any]) -> list[tuple[Any, str, str]]:
    """``(SDK class, our class, how)`` for every model entry of names.yaml, and for every
    other SDK model its package exports under the name of one of ours with the same shape
    (names.yaml leaves a few such equal pairs out)."""
    out = []
    for package, entry in sorted(load().items()):
        module = importlib.import_module(f"openai.{package}")
        for name, target in sorted(entry["names"].items()):
            if "model" in target:
                ours = target["model"].partition(":")[2]
                if ours in models:
                    out.append((getattr(module, name), ours, "named"))
        for name, value in sorted(vars(module).items()):
            if (
                name not in entry["names"]
                and name in models
                and isinstance(value, type)
                and hasattr(value, "model_fields")
                and _fits(value, models[name]) >= _MIN_SAME_NAME
            ):
                out.append((value, name, "same name"))
    return out


_MARKED = ("Beta", "Delta", "Request", "Param")  # words that name another use of a shape
_CAMEL = re.compile(r"[A-Z][a-z0-9]*|[a-z0-9]+")


def _stray_words(sdk_name: str, name: str) -> int:
    """How many marking words (``Beta``, ``Delta``...) the SDK name has and ours lacks: a
    response class should not print as the SDK's beta, delta or request twin."""
    ours = set(_CAMEL.findall(name))
    return sum(w in _MARKED and w not in ours for w in _CAMEL.findall(sdk_name))


def _pick(name: str, found: dict[Any, set[str]]) -> tuple[Any, bool]:
    """One SDK class for our class ``name`` among those that map to it, and whether its name
    is the one to print: the fewest stray marking words, then the most routes (names.yaml
    entries and fields) decide; the most similar name, then the shortest, break ties for the
    field order only. A tie between names is no answer for the name: one generic class the
    SDK splits by use (``ContainerCreateResponse``/``ContainerRetrieveResponse``, a
    permission per hosted tool) keeps our own name."""

    def rank(c: Any) -> tuple[int, int]:
        return (-_stray_words(c.__name__, name), len(found[c]))

    top = max(rank(c) for c in found)
    tied = {c.__name__ for c in found if rank(c) == top}
    best = max(
        found, key=lambda c: (rank(c), _similar(c.__name__, name), -len(c.__name__), c.__name__)
    )
    return best, len(tied) == 1


def _derived_classes() -> dict[str, Any]:
    """Our classes the ``sdk_fields`` data derived from SDK classes: the first of those
    (all of one name and shape), by our class name."""
    from ..normalize.passes.sdk_fields import load_data

    out = {}
    for name, entry in load_data().items():
        if "schema" in entry:
            module, _, attr = str(entry["sdk"][0]).rpartition(".")
            out[str(strings.ClassName(name, ""))] = getattr(importlib.import_module(module), attr)
    return out


def derive() -> dict[str, Any]:
    """``{our class: {"name": SDK class name, "order": [API keys in the SDK's order]}}``."""
    models_pkg = importlib.import_module(f"{_PACKAGE}.models")
    models: dict[str, Any] = {}
    for name, module in sorted(models_pkg._MODULES.items()):
        value = getattr(importlib.import_module(f"{_PACKAGE}.models.{module}"), name)
        if isinstance(value, type) and hasattr(value, "_known_keys_"):
            models[name] = value
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
    derived = _derived_classes()
    out: dict[str, Any] = {}
    for ours, candidates in sorted(found.items()):
        sdk, named = _pick(ours, candidates)
        if ours in derived:  # made from that SDK class: its name, even where the SDK has twins
            sdk, named = derived[ours], True
        order = [info.alias or n for n, info in sdk.model_fields.items()]
        known = models[ours]._known_keys_
        out[ours] = {
            "name": sdk.__name__ if named else ours,
            "order": [k for k in order if k in known],
        }
    return out


def main() -> None:
    data = derive()
    sys.stdout.write(
        "# generated class -> the official SDK's class name (printed by repr) and its field\n"
        "# order (API keys; repr, model_dump and to_dict follow it, other fields after).\n"
        "# Made by `python -m scripts.codegen.sdk_types.derive_display`, then reviewed.\n"
        f"# {len(data)} generated classes.\n"
    )
    sys.stdout.write(yaml.safe_dump(data, sort_keys=True, width=100, default_flow_style=None))


if __name__ == "__main__":
    main()
