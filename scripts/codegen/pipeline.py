"""generate / check: verify -> normalize -> generate -> post-hooks -> emitters -> ruff -> report.

Everything is built into a fresh temporary `generated/` tree beside the real one; `generate`
swaps it in with two renames only when every step succeeded (a failed run never leaves half
a package), `check` diffs it against the committed tree instead.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import generator, posthooks, report
from .emitters import EMITTERS
from .lock import read_verified_spec
from .normalize import Context, normalize
from .paths import GENERATED, GENERATOR_CONFIG, LOCK, PACKAGE_NAME, ROOT, SPEC, TEMPLATES

IGNORED = ("__pycache__",)


@dataclass
class Build:
    """The outcome of one build: where it is and how long each step took (seconds)."""

    root: Path
    timings: dict[str, float] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)


def class_overrides(config_path: Path = GENERATOR_CONFIG) -> dict[str, str]:
    """Component name -> class name, from the generator config's `class_overrides`."""
    data = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    overrides = data.get("class_overrides") or {}
    return {str(k): str(v.get("class_name", k)) for k, v in sorted(overrides.items())}


def build(out_root: Path, *, dump_normalized: Path | None = None) -> Build:
    """Build the complete `generated/` tree into `out_root` (must not exist)."""
    result = Build(out_root)
    clock = time.perf_counter()

    def lap(step: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        result.timings[step] = round(now - clock, 3)
        clock = now

    raw, lock = read_verified_spec(SPEC, LOCK)
    lap("verify+load")
    overrides = class_overrides()
    norm = normalize(raw, ctx=Context(reserved_names=frozenset(overrides.values())))
    if dump_normalized is not None:
        dump_normalized.write_text(json.dumps(norm.spec, indent=1) + "\n", encoding="utf-8")
    lap("normalize")
    out_root.mkdir(parents=True)
    package_dir = out_root / PACKAGE_NAME
    templates = TEMPLATES if TEMPLATES.is_dir() else None
    gen = generator.run(
        norm.spec, package_dir=package_dir, config_path=GENERATOR_CONFIG, templates=templates
    )
    lap("generator")
    hooks = {
        "fix_unset_import": posthooks.fix_unset_import(package_dir),
        "lazy_models_init": [f"{posthooks.lazy_models_init(package_dir)} names"],
    }
    posthooks.py_typed(package_dir)
    lap("post-hooks")
    for emit in EMITTERS:
        emit(norm.spec, raw, package_dir)
    lap("emitters")
    posthooks.ruff(out_root)
    lap("ruff")
    inputs = report.ReportInputs(
        lock=lock,
        generator_version=generator.GENERATOR_VERSION,
        raw_spec=raw,
        normalized_spec=norm.spec,
        changes=norm.changes,
        models=gen.models,
        endpoints=gen.endpoints,
        class_overrides=overrides,
        post_hooks=hooks,
        emitters=[f"{e.__module__}.{getattr(e, '__qualname__', repr(e))}" for e in EMITTERS],
    )
    result.report = report.build(inputs, package_dir)
    report.write(result.report, out_root)
    lap("report")
    return result


@contextmanager
def scratch() -> Iterator[Path]:
    """A temporary directory on the same filesystem as `generated/` (renames stay atomic)."""
    path = Path(tempfile.mkdtemp(prefix=".codegen-", dir=ROOT))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def generate(*, dump_normalized: Path | None = None) -> Build:
    """Rebuild `generated/` from the pinned spec and swap it in."""
    with scratch() as tmp:
        result = build(tmp / "generated", dump_normalized=dump_normalized)
        old = tmp / "previous"
        if GENERATED.exists():
            os.rename(GENERATED, old)
        os.rename(result.root, GENERATED)
        result.root = GENERATED
    return result


def _files(root: Path) -> set[str]:
    out: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in IGNORED]
        rel = Path(dirpath).relative_to(root)
        out.update((rel / f).as_posix() for f in filenames if not f.endswith(".pyc"))
    return out


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Files that differ between two trees: `+ new`, `- missing`, `M changed` (sorted)."""
    want, have = _files(expected), _files(actual)
    out = [f"+ {p}" for p in sorted(want - have)] + [f"- {p}" for p in sorted(have - want)]
    for rel in sorted(want & have):
        if not filecmp.cmp(expected / rel, actual / rel, shallow=False):
            out.append(f"M {rel}")
    return sorted(out, key=lambda line: line[2:])


def check() -> tuple[Build, list[str]]:
    """Regenerate into a scratch tree and diff it against `generated/`."""
    with scratch() as tmp:
        result = build(tmp / "generated")
        started = time.perf_counter()
        differences = diff_trees(result.root, GENERATED)
        result.timings["diff"] = round(time.perf_counter() - started, 3)
    return result, differences
