"""Post-hooks over the raw generator output (run once, in this order, before emitters).

1. `fix_unset_import`: modules that use `Unset` without importing it (generator bug: the
   multi-content body branch of `endpoint_module.py.jinja` renders `| Unset = UNSET` but its
   `body_required` jinja `set` never leaves its loop, so the import is missing) get the import.
2. `lazy_models_init`: `models/__init__.py` eagerly imports all ~1,500 model modules (~1 s);
   it becomes a PEP 562 `__getattr__` over a name -> module table (`_index.py`, loaded at
   the first lookup), with the re-imports for type checkers and IDEs in `__init__.pyi`.
3. `py_typed`: the PEP 561 marker (`--meta none` does not write it).
4. `ruff`: `check --fix-only` (imports sorted, unused ones removed, `TC006` quotes runtime
   `cast()` types so they are not evaluated per call) and `format`, with a pinned
   `--target-version py311` (otherwise ruff infers it and may emit 3.12-only syntax).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from .paths import PYPROJECT

TARGET_VERSION = "py311"
FIX_RULES = "F401,I,UP,W,TC006"

_USES_UNSET = re.compile(r"\bUnset\b")
_IMPORTS_UNSET = re.compile(r"^from \.+types import .*\bUnset\b", re.MULTILINE)


def fix_unset_import(package_dir: Path) -> list[str]:
    """Add `from <..>types import Unset` where `Unset` is used but not imported."""
    fixed: list[str] = []
    for path in sorted(package_dir.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if not _USES_UNSET.search(text) or _IMPORTS_UNSET.search(text):
            continue
        if path.name == "types.py" and path.parent == package_dir:
            continue
        depth = len(path.relative_to(package_dir).parts)
        line = f"from {'.' * depth}types import Unset\n"
        tree = ast.parse(text)
        last_import = max(
            (n.end_lineno or 0 for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)),
            default=0,
        )
        lines = text.splitlines(keepends=True)
        lines.insert(last_import, line)
        path.write_text("".join(lines), encoding="utf-8")
        fixed.append(path.relative_to(package_dir).as_posix())
    return fixed


_LAZY_INIT = '''"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): `from {package}.models import X` imports only the module that
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
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    value = getattr(importlib.import_module(f"{{__name__}}.{{module}}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from ._index import ALL

    return list(ALL)
'''

_LAZY_STUB = '''"""Types of the lazily loaded models package (see `__init__.py`)."""

{type_imports}

_MODULES: dict[str, str]

__all__ = (
{alls}
)
'''

_INDEX = '''"""Class name -> module of `{package}.models`, read at the first lazy lookup (a
first call touching one model module never loads it). Written by scripts/codegen/posthooks.py.
"""

MODULES: dict[str, str] = {{
{table}
}}

ALL: tuple[str, ...] = tuple(MODULES)
'''


def lazy_models_init(package_dir: Path) -> int:
    """Rewrite `models/__init__.py` to load model modules on first attribute access.

    The package's runtime module stays a few lines: a program that imports one model module
    directly (every generated endpoint does) pays for neither the ~1,500-entry table
    (`_index.py`) nor the type-checking re-imports (`__init__.pyi`).
    """
    models = package_dir / "models"
    init = models / "__init__.py"
    tree = ast.parse(init.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = node.module
    ordered = sorted(names.items())
    init.write_text(_LAZY_INIT.format(package=package_dir.name), encoding="utf-8")
    (models / "__init__.pyi").write_text(
        _LAZY_STUB.format(
            type_imports="\n".join(f"from .{m} import {n} as {n}" for n, m in ordered),
            alls="\n".join(f'    "{n}",' for n, _ in ordered),
        ),
        encoding="utf-8",
    )
    (models / "_index.py").write_text(
        _INDEX.format(
            package=package_dir.name,
            table="\n".join(f'    "{n}": "{m}",' for n, m in ordered),
        ),
        encoding="utf-8",
    )
    return len(ordered)


def py_typed(package_dir: Path) -> None:
    """Write the PEP 561 marker."""
    (package_dir / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")


def line_length() -> int:
    """The project's ruff line length, so `ruff format --check generated` agrees with us."""
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    return int(data.get("tool", {}).get("ruff", {}).get("line-length", 88))


def _ruff(*args: str) -> None:
    cmd = [sys.executable, "-m", "ruff", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}")


def ruff(root: Path) -> None:
    """Fix and format everything under `root` with pinned settings (isolated from configs)."""
    common = ["--isolated", f"--line-length={line_length()}", f"--target-version={TARGET_VERSION}"]
    _ruff("check", *common, "--fix-only", "--exit-zero", f"--select={FIX_RULES}", "-q", str(root))
    _ruff("format", *common, "-q", str(root))
