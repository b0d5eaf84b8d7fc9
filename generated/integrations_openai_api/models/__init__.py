"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): `from integrations_openai_api.models import X` imports only the module that
defines `X`. The name -> module table lives in `_index.py`, read at the first such lookup;
type checkers read `__init__.pyi`. Written by scripts/codegen/posthooks.py.
"""

from __future__ import annotations

import importlib
from typing import Any


def __getattr__(name: str) -> Any:
    from ._index import ALL, MODULES

    if name == "__all__":
        return ALL
    if name == "_MODULES":
        return MODULES
    module = MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from ._index import ALL

    return list(ALL)
