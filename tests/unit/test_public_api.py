"""The public face: exactly what __init__ promises, importable and documented (style H6)."""

from __future__ import annotations

import inspect
import subprocess
import sys

import integrations_openai


def test_all_is_sorted_and_unique() -> None:
    names = list(integrations_openai.__all__)
    assert names == sorted(names)
    assert len(names) == len(set(names))


def test_all_matches_public_names() -> None:
    public = {
        name
        for name, value in vars(integrations_openai).items()
        if not name.startswith("_") and not inspect.ismodule(value) and name != "annotations"
    }
    assert public == set(integrations_openai.__all__)


def test_every_export_has_a_docstring() -> None:
    missing = [
        name
        for name in integrations_openai.__all__
        if not inspect.getdoc(getattr(integrations_openai, name))
    ]
    assert missing == []


def test_importing_the_package_loads_no_model_and_no_optional_backend() -> None:
    code = (
        "import sys, integrations_openai\n"
        "mods = [m for m in sys.modules if m.startswith('integrations_openai_api.models.')]\n"
        "heavy = [m for m in ('opentelemetry', 'prometheus_client', 'numpy') if m in sys.modules]\n"
        "print(len(mods), ','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0] == "0"
    assert len(out) == 1, f"optional backends imported eagerly: {out[1:]}"


def test_a_sync_client_never_loads_asyncio() -> None:
    # asyncio costs ~10 ms of start-up; only async code paths import it, where they run.
    code = (
        "import sys, integrations_openai\n"
        "integrations_openai.OpenAI(api_key='sk-test')\n"
        "print(sorted(m for m in ('asyncio', 'concurrent.futures') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]"
