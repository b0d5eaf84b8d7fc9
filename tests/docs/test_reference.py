"""The API reference is complete: every exported name is on a page, every resource too.

A name in the ``__all__`` of the package or of a public subpackage must be reachable from a
``::: path`` entry of ``docs/reference/*.md`` (the entry itself, or a module entry whose
``__all__`` holds it); the resource pages come from ``docs/hooks/resources.py`` and must
cover every generated resource class.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import re
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
from integrations_openai_api._facade_runtime import SyncResource

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs" / "reference"
_ENTRY = re.compile(r"^::: ([\w.]+)\s*$", re.MULTILINE)
# The public surface: the package and its public subpackages (transport layers and the
# fake's route handlers are internals with their own ``__all__``, not API; the storages
# users pass to the policies are API).
PUBLIC = [
    "integrations_openai",
    "integrations_openai.azure",
    "integrations_openai.config",
    "integrations_openai.errors",
    "integrations_openai.health",
    "integrations_openai.instrumentation",
    "integrations_openai.pagination",
    "integrations_openai.polling",
    "integrations_openai.stream",
    "integrations_openai.structured",
    "integrations_openai.testing",
    "integrations_openai.testing.fake",
    "integrations_openai.transport.storage",
    "integrations_openai.uploads",
    "integrations_openai.webhooks",
]
# Subpackages that other work may add: documented as soon as they exist.
OPTIONAL = ["integrations_openai.batch", "integrations_openai.cli"]


def _public_modules() -> list[str]:
    return PUBLIC + [m for m in OPTIONAL if importlib.util.find_spec(m) is not None]


def _resolve(path: str) -> Any:
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for part in parts[cut:]:
            obj = getattr(obj, part)
        return obj
    raise LookupError(path)


def entries(text: str) -> list[str]:
    """The ``::: path`` entries of a page."""
    return _ENTRY.findall(text)


def _documented() -> tuple[set[int], set[tuple[str, int]]]:
    """Objects the pages render: by identity (classes, functions) and by (name, identity)."""
    objects: set[int] = set()
    named: set[tuple[str, int]] = set()
    for page in REFERENCE.glob("*.md"):
        for path in entries(page.read_text(encoding="utf-8")):
            obj = _resolve(path)
            if isinstance(obj, ModuleType):
                for name in getattr(obj, "__all__", []):
                    member = getattr(obj, name)
                    objects.add(id(member))
                    named.add((name, id(member)))
            else:
                objects.add(id(obj))
                named.add((path.rsplit(".", 1)[-1], id(obj)))
    return objects, named


def missing_names() -> list[str]:
    objects, named = _documented()
    missing = []
    for module_name in _public_modules():
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            # A class or function is documented once, under any exported name (``OpenAI``
            # is ``OpenAIClient``); a value (a constant) under its own name.
            is_code = inspect.isclass(obj) or inspect.isroutine(obj)
            if not ((is_code and id(obj) in objects) or (name, id(obj)) in named):
                missing.append(f"{module_name}.{name}")
    return missing


def test_every_exported_name_is_in_the_reference() -> None:
    assert missing_names() == []


def test_a_name_missing_from_the_pages_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    # The package root has no module entry: each of its names needs its own.
    import integrations_openai as package

    monkeypatch.setattr(package, "brand_new_helper", lambda: None, raising=False)
    monkeypatch.setattr(package, "__all__", [*package.__all__, "brand_new_helper"])
    assert missing_names() == ["integrations_openai.brand_new_helper"]


def test_entry_extraction() -> None:
    text = "# T\n\n::: a.b.C\n    options:\n      x: 1\n\n::: a.d\ntext ::: not.this\n"
    assert entries(text) == ["a.b.C", "a.d"]


def _hook() -> Any:
    spec = importlib.util.spec_from_file_location("docs_hook", ROOT / "docs/hooks/resources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_resource_pages_cover_every_generated_resource_class() -> None:
    hook = _hook()
    rendered = {path for text in hook.resource_pages().values() for path in entries(text)}
    package = importlib.import_module("integrations_openai_api.resources")
    expected = set()
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if (
                inspect.isclass(obj)
                and obj.__module__ == module.__name__
                and issubclass(obj, SyncResource)
                and not name.endswith("WithRawResponse")
            ):
                expected.add(f"{module.__name__}.{name}")
    assert expected
    assert rendered == expected


def test_resource_pages_are_one_per_top_level_resource_and_in_the_nav() -> None:
    hook = _hook()
    pages = hook.resource_pages()
    assert {"chat", "responses", "files", "embeddings", "batches", "models"} <= set(pages)
    assert pages["chat"].startswith("# client.chat\n")
    nav = [{"Home": "index.md"}, {"API reference": [{"Clients": "c.md"}, {"Resources": "r.md"}]}]
    hook.on_config(SimpleNamespace(nav=nav))
    resources = nav[1]["API reference"][1]["Resources"]
    assert resources[0] == {"Overview": "reference/resources.md"}
    assert {"client.chat": "reference/resources/chat.md"} in resources
    assert len(resources) == len(pages) + 1
