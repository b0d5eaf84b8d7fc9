"""Every public method of the transport layers (and testing's protocol) says what it does."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import integrations_openai.transport as transport_package

MODULES = [
    *(
        f"integrations_openai.transport.{m.name}"
        for m in pkgutil.iter_modules(transport_package.__path__)
    ),
    "integrations_openai.testing",
    "integrations_openai.testing._mode",
]


def _undocumented(module_name: str) -> list[str]:
    module = importlib.import_module(module_name)
    missing = []
    for class_name, cls in vars(module).items():
        if class_name.startswith("_") or not inspect.isclass(cls) or cls.__module__ != module_name:
            continue
        for name, member in vars(cls).items():
            if name.startswith("_") or not inspect.isfunction(member):
                continue
            if not (member.__doc__ or "").strip():
                missing.append(f"{class_name}.{name}")
    return missing


@pytest.mark.parametrize("module_name", MODULES)
def test_public_methods_have_docstrings(module_name: str) -> None:
    assert _undocumented(module_name) == []


def test_the_check_sees_the_transport_methods() -> None:
    # Guard against a vacuous pass: the retry module's handle_request is among those checked.
    from integrations_openai.transport._retry import RetryTransport

    assert inspect.isfunction(vars(RetryTransport)["handle_request"])
    assert "integrations_openai.transport._retry" in MODULES
