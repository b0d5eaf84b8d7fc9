"""The facade emitter: spec + names.yaml + generated modules -> ``resources/`` package.

Registered in the pipeline's emitter registry; also runnable alone for development:
``python -m scripts.codegen.facade <spec.yml> <package_dir>``.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from .inspect_generated import _imports
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
    write(spec, package_dir, raw_spec)


def write(
    spec: dict[str, Any], package_dir: Path, raw_spec: dict[str, Any] | None = None
) -> list[Path]:
    """Write ``_facade_runtime.py`` and ``resources/`` into ``package_dir``; return the files.
    Docstrings quote ``raw_spec`` (the published spec) when given."""
    package = package_dir.name
    root = build_plan(spec, load_names(), package_dir, raw_spec)
    files = render_tree(root, package, package_dir)
    target = package_dir / "resources"
    if target.exists():
        shutil.rmtree(target)
    written = []
    runtime = package_dir / "_facade_runtime.py"
    shutil.copyfile(RUNTIME_TEMPLATE, runtime)
    written.append(runtime)
    helper_types = package_dir / HELPER_TYPES_TEMPLATE.name
    helper_types.write_text(helper_types_source(package_dir))
    written.append(helper_types)
    for rel, text in sorted(files.items()):
        path = package_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        written.append(path)
    return written


# What ``.parse`` puts in place of an output item type (``structured`` builds them).
_PARSED_ITEMS = {
    "OutputMessage": "ParsedResponseOutputMessage[T]",
    "FunctionToolCall": "ParsedResponseFunctionToolCall",
}


def helper_types_source(package_dir: Path) -> str:
    """``_helper_types.py``: the template, with ``ParsedResponse.output`` listing every item
    type ``ResponseObject.output`` declares (the parsed ones swapped in), so narrowing a
    parsed response's items works as on a plain response, whatever the spec adds."""
    text = HELPER_TYPES_TEMPLATE.read_text()
    module = "models.response_object"
    tree = ast.parse(package_dir.joinpath(*module.split(".")).with_suffix(".py").read_text())
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "ResponseObject")
    output = next(
        n
        for n in cls.body
        if isinstance(n, ast.AnnAssign)
        and isinstance(n.target, ast.Name)
        and n.target.id == "output"
    )
    assert isinstance(output.annotation, ast.Subscript)
    members = [m.strip() for m in ast.unparse(output.annotation.slice).split("|")]
    imports = _imports(tree, module)
    lines = []
    for name in sorted(set(members) - set(_PARSED_ITEMS)):
        lines.append(f"    from .{imports[name]} import {name}")  # `models.x`, `_runtime.lenient`
    union = " | ".join(_PARSED_ITEMS.get(m, m) for m in members)
    marker = "  # facade: parsed output"
    start = text.index("    output: list[ParsedResponseOutputMessage[T]")
    end = text.index(marker, start) + len(marker)
    text = text[:start] + f"    output: list[{union}]  # type: ignore[assignment]" + text[end:]
    text, more = _stream_events(text, package_dir)
    return text.replace("    # facade: parsed output imports\n", "\n".join(lines + more) + "\n")


# The events ``responses.stream`` yields in place of the plain ones (``stream`` wraps them).
_WRAPPED_EVENTS = {
    "ResponseTextDeltaEvent": "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent": "ResponseTextDoneEvent[T]",
    "ResponseFunctionCallArgumentsDeltaEvent": "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseCompletedEvent": "ResponseCompletedEvent[T]",
}


def _stream_events(text: str, package_dir: Path) -> tuple[str, list[str]]:
    """``ResponseStreamHelperEvent``: every member of the spec's ``ResponseStreamEvent``,
    the wrapped ones swapped in, so narrowing on ``event.type`` reaches ``snapshot`` and
    ``parsed`` whatever events the spec adds; and the imports of the plain members."""
    tree = ast.parse(package_dir.joinpath("unions.py").read_text())
    alias = next(
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.AnnAssign)
        and isinstance(n.target, ast.Name)
        and n.target.id == "ResponseStreamEvent"
    )
    assert alias.value is not None
    members = [m.strip() for m in ast.unparse(alias.value).split("|")]
    imports = _imports(tree, "unions")
    lines = [
        f"    from .{imports[name]} import {name}"
        for name in sorted(set(members) - set(_WRAPPED_EVENTS) - {"UnknownVariant"})
    ]
    union = " | ".join(_WRAPPED_EVENTS.get(m, m) for m in members)
    marker = "  # facade: stream events"
    start = text.index("    ResponseStreamHelperEvent: TypeAlias = ")
    end = text.index(marker, start) + len(marker)
    return text[:start] + f"    ResponseStreamHelperEvent: TypeAlias = {union}" + text[end:], lines


def format_files(paths: list[Path]) -> None:
    """ruff fix + format (the pipeline does this itself; for standalone runs)."""
    ruff = Path(sys.executable).with_name("ruff")
    cmd = [str(ruff) if ruff.exists() else "ruff"]
    args = [str(p) for p in paths]
    subprocess.run(
        [*cmd, "check", "--fix-only", "--quiet", "--select", "I,F401", *args], check=False
    )
    subprocess.run([*cmd, "format", "--quiet", *args], check=True)
