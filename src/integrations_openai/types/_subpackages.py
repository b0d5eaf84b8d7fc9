"""Subpackages of `integrations_openai.types` reachable as attributes, imported on first use.

`import integrations_openai as openai; openai.types.beta.threads.Run` works without
importing each level first; the names of a level still load lazily from its table.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import Any

__all__ = ["with_subpackages"]


def with_subpackages(package: str, names: Callable[[str], Any]) -> Callable[[str], Any]:
    """A module `__getattr__`: ``names(name)``, else the subpackage ``package.name``."""

    def __getattr__(name: str) -> Any:
        try:
            return names(name)
        except AttributeError:
            if name.startswith("_") or importlib.util.find_spec(f"{package}.{name}") is None:
                raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
            return importlib.import_module(f"{package}.{name}")

    return __getattr__
