"""Every subpackage promises exactly its ``__all__``: a small face over private modules.

A name a caller can import without an underscore is a promise; this keeps the promises
visible (``__all__``) and stops internals (layers, decoders, constants) from leaking
through public submodules again.
"""

from __future__ import annotations

import importlib
import pkgutil
import types

import pytest

SUBPACKAGES = [
    "azure",
    "batch",
    "cli",
    "errors",
    "health",
    "instrumentation",
    "stream",
    "structured",
    "testing",
    "transport",
    "transport.storage",
    "webhooks",
]
# Public submodules that are faces of their own (documented, with a tested ``__all__``).
PUBLIC_SUBMODULES = {
    "transport": {"storage"},
    "testing": {"fake", "pytest_plugin"},
}
# Typing plumbing of lazily-loading faces (``__getattr__``), not API.
TYPING_NAMES = {"annotations", "Any", "TYPE_CHECKING"}


def _isort_style(name: str) -> tuple[int, str]:
    # The order ruff's RUF022 keeps: CONSTANTS, then Classes, then functions.
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


def _package(name: str) -> types.ModuleType:
    return importlib.import_module(f"integrations_openai.{name}")


@pytest.mark.parametrize("name", SUBPACKAGES)
def test_all_is_sorted_unique_and_resolves(name: str) -> None:
    package = _package(name)
    names = list(package.__all__)
    assert len(names) == len(set(names))
    assert sorted(names, key=_isort_style) == names
    for attr in names:
        assert getattr(package, attr) is not None


@pytest.mark.parametrize("name", SUBPACKAGES)
def test_only_promised_names_are_public(name: str) -> None:
    package = _package(name)
    public = {
        attr
        for attr, value in vars(package).items()
        if not attr.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public - TYPING_NAMES <= set(package.__all__)


@pytest.mark.parametrize("name", [n for n in SUBPACKAGES if "." not in n])
def test_internals_live_in_private_modules(name: str) -> None:
    package = _package(name)
    public = {m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_")}
    assert public == PUBLIC_SUBMODULES.get(name, set())


def test_the_transport_face_is_the_stack_builder() -> None:
    transport = _package("transport")
    assert transport.__all__ == [
        "LAYERS",
        "async_network_transport",
        "build_async_transport",
        "build_transport",
        "credentials_for",
        "network_transport",
    ]
