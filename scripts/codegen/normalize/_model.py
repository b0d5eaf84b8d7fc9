"""The pass contract: a named function over the spec that reports what it changed."""

from __future__ import annotations

import inspect
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Spec = dict[str, Any]


@dataclass
class Changes:
    """What one pass changed: a count per kind of change and the sites (JSON pointers)."""

    counts: Counter[str] = field(default_factory=Counter)
    sites: list[str] = field(default_factory=list)

    def add(self, kind: str, site: str) -> None:
        """Record one change of `kind` at `site`."""
        self.counts[kind] += 1
        self.sites.append(f"{kind}: {site}")

    @property
    def total(self) -> int:
        """The number of changes of every kind."""
        return sum(self.counts.values())

    def as_dict(self) -> dict[str, Any]:
        """A deterministic, JSON-ready view (sorted counts and sites)."""
        return {"counts": dict(sorted(self.counts.items())), "sites": sorted(self.sites)}


@dataclass
class Context:
    """Inputs a pass may need besides the spec.

    `reserved_names` are class names the generator config claims (e.g. `class_overrides`
    targets); hoisting never allocates them.
    """

    reserved_names: frozenset[str] = frozenset()


PassFn = Callable[[Spec, Context], Changes]


@dataclass(frozen=True)
class Pass:
    """A named normalizer pass. Its docstring is the function's docstring."""

    name: str
    run: PassFn

    @property
    def doc(self) -> str:
        """The pass's documentation: construct -> generator failure -> fix -> precision lost."""
        return inspect.getdoc(self.run) or ""
