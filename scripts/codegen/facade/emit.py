"""The facade emitter: spec + names.yaml + generated modules -> ``resources/`` package.

Registered in the pipeline's emitter registry; also runnable alone for development:
``python -m scripts.codegen.facade <spec.yml> <package_dir>``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from .plan import build_plan
from .render import render_tree

__all__ = ["NAMES_PATH", "emit", "format_files", "load_names", "write"]

HERE = Path(__file__).parent
NAMES_PATH = HERE / "names.yaml"
RUNTIME_TEMPLATE = HERE / "templates" / "_facade_runtime.py"
# Result/event types of the .parse/.stream helpers, shipped verbatim next to the runtime.
HELPER_TYPES_TEMPLATE = HERE / "templates" / "_helper_types.py"


def load_names(path: Path = NAMES_PATH) -> dict[str, dict[str, str]]:
    """The reviewed name map: operationId -> {resource, method, ...}."""
    data: dict[str, dict[str, str]] = yaml.safe_load(path.read_text())
    return data


def emit(spec: dict[str, Any], raw_spec: dict[str, Any], package_dir: Path) -> None:
    """The pipeline emitter: ``_facade_runtime.py`` and ``resources/`` (ruff runs after)."""
    write(spec, package_dir)


def write(spec: dict[str, Any], package_dir: Path) -> list[Path]:
    """Write ``_facade_runtime.py`` and ``resources/`` into ``package_dir``; return the files."""
    package = package_dir.name
    root = build_plan(spec, load_names(), package_dir)
    files = render_tree(root, package, package_dir)
    target = package_dir / "resources"
    if target.exists():
        shutil.rmtree(target)
    written = []
    runtime = package_dir / "_facade_runtime.py"
    shutil.copyfile(RUNTIME_TEMPLATE, runtime)
    written.append(runtime)
    helper_types = package_dir / HELPER_TYPES_TEMPLATE.name
    shutil.copyfile(HELPER_TYPES_TEMPLATE, helper_types)
    written.append(helper_types)
    for rel, text in sorted(files.items()):
        path = package_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        written.append(path)
    return written


def format_files(paths: list[Path]) -> None:
    """ruff fix + format (the pipeline does this itself; for standalone runs)."""
    ruff = Path(sys.executable).with_name("ruff")
    cmd = [str(ruff) if ruff.exists() else "ruff"]
    args = [str(p) for p in paths]
    subprocess.run(
        [*cmd, "check", "--fix-only", "--quiet", "--select", "I,F401", *args], check=False
    )
    subprocess.run([*cmd, "format", "--quiet", *args], check=True)
