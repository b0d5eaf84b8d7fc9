"""Every generated module imports; endpoint imports stay lazy about models."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "generated" / "integrations_openai_api"


def _module_names() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def _run(code: str) -> str:
    # The program goes on stdin: the list of every module name outgrows one argument's limit.
    proc = subprocess.run(
        [sys.executable, "-W", "error::SyntaxWarning", "-"],
        input=code,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    return proc.stdout


def test_every_module_imports() -> None:
    names = _module_names()
    assert len(names) > 1000
    code = (
        "import importlib, json, sys\n"
        f"names = {names!r}\n"
        "bad = {}\n"
        "for n in names:\n"
        "    try:\n"
        "        importlib.import_module(n)\n"
        "    except Exception as exc:\n"
        "        bad[n] = repr(exc)\n"
        "print(json.dumps(bad))\n"
    )
    assert json.loads(_run(code)) == {}


def _models_loaded_after(statement: str) -> int:
    code = (
        f"import sys\n{statement}\n"
        "print(sum(1 for m in sys.modules if m.startswith('integrations_openai_api.models.')))"
    )
    return int(_run(code).strip())


def test_package_import_loads_no_model() -> None:
    assert _models_loaded_after("import integrations_openai_api") == 0
    assert _models_loaded_after("import integrations_openai_api.models") == 0


def test_one_endpoint_loads_few_models() -> None:
    total = len(list((PACKAGE / "models").glob("*.py"))) - 1
    loaded = _models_loaded_after("import integrations_openai_api.api.chat.create_chat_completion")
    assert 0 < loaded <= 40 < total


def test_models_attribute_access_is_lazy() -> None:
    code = "from integrations_openai_api.models import CreateChatCompletionResponse as C"
    assert 0 < _models_loaded_after(code) <= 40
