"""Every component model survives `from_dict` -> `to_dict` unchanged, and parses typed.

Instances are built from the normalized spec (the generator's input) by a seeded maker, so
the run is deterministic. Besides the round trip, a valid instance must parse without any
`UnknownVariant`: union dispatch found a member for every object.
"""

from __future__ import annotations

import copy
import importlib
import random
from typing import Any

import attrs
import pytest
from integrations_openai_api import models
from integrations_openai_api._runtime.lenient import UnknownVariant

from tests.generated._instances import (
    InstanceMaker,
    class_name,
    has_binary,
    mutate,
    object_components,
)

SEEDS = (1, 2, 3)


def unknown_paths(value: Any, path: str = "$") -> list[str]:
    """Where `UnknownVariant`s sit inside a parsed value."""
    if isinstance(value, UnknownVariant):
        return [path]
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in unknown_paths(item, f"{path}[{i}]")]
    if isinstance(value, dict):
        return [p for k, item in value.items() for p in unknown_paths(item, f"{path}.{k}")]
    if attrs.has(type(value)):
        return [
            p
            for f in attrs.fields(type(value))
            for p in unknown_paths(getattr(value, f.name), f"{path}.{f.name}")
        ]
    return []


def model_class(name: str) -> type[Any]:
    module = models._MODULES[name]
    cls: type[Any] = getattr(importlib.import_module(f"{models.__name__}.{module}"), name)
    return cls


@pytest.fixture(scope="module")
def components(normalized_spec: dict[str, Any], overrides: dict[str, str]) -> list[tuple[str, str]]:
    schemas = normalized_spec["components"]["schemas"]
    out = []
    for component in object_components(normalized_spec):
        if has_binary(schemas[component], schemas):
            continue  # multipart request bodies: File fields do not round-trip through JSON
        out.append((component, class_name(component, overrides)))
    return out


def test_every_object_component_has_a_class(components: list[tuple[str, str]]) -> None:
    missing = [c for c, cls in components if cls not in models._MODULES]
    assert not missing
    assert len(components) > 1000


def test_round_trip_every_model(
    normalized_spec: dict[str, Any], components: list[tuple[str, str]]
) -> None:
    failures: list[str] = []
    checked = 0
    for seed in SEEDS:
        maker = InstanceMaker(normalized_spec, seed)
        for component, name in components:
            cls = model_class(name)
            instance = maker.component(component)
            original = copy.deepcopy(instance)
            try:
                parsed = cls.from_dict(instance)
                back = parsed.to_dict()
            except Exception as exc:  # report every failure, not just the first
                failures.append(f"{component} seed={seed}: {type(exc).__name__}: {exc}")
                continue
            checked += 1
            if instance != original:
                failures.append(f"{component} seed={seed}: from_dict mutated its input")
            if back != original:
                failures.append(f"{component} seed={seed}: to_dict differs")
            unknown = unknown_paths(parsed)
            if unknown:
                failures.append(f"{component} seed={seed}: UnknownVariant at {unknown[:3]}")
    assert not failures, f"{len(failures)} failures, e.g.:\n" + "\n".join(failures[:20])
    assert checked == len(SEEDS) * len(components)


def test_deviating_payloads_never_fail_and_round_trip(
    normalized_spec: dict[str, Any], components: list[tuple[str, str]]
) -> None:
    """Nulls, wrong types, unknown enum values and variants, missing and extra fields at
    every level: `from_dict` never raises and `to_dict` gives back exactly what came in."""
    maker = InstanceMaker(normalized_spec, 11)
    rng = random.Random(11)
    failures: list[str] = []
    for component, name in components:
        cls = model_class(name)
        payload = mutate(maker.component(component), rng)
        original = copy.deepcopy(payload)
        try:
            back = cls.from_dict(payload).to_dict()
        except Exception as exc:
            failures.append(f"{component}: {type(exc).__name__}: {exc}")
            continue
        if payload != original:
            failures.append(f"{component}: from_dict mutated its input")
        if back != original:
            failures.append(f"{component}: to_dict differs")
    assert not failures, f"{len(failures)} failures, e.g.:\n" + "\n".join(failures[:20])
