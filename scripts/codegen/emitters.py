"""Extra outputs written from the spec after the generator ran ("emitters").

An emitter is a callable `(normalized_spec: dict, raw_spec: dict, package_dir: Path) -> None`.
`package_dir` is `<output>/integrations_openai_api` inside the pipeline's temporary tree;
an emitter writes inside it (or next to it, in `package_dir.parent`, i.e. `generated/`).
The pipeline runs every emitter in list order after the generator and its fix-up hooks and
*before* the single `ruff` fix/format pass, so emitted `.py` files need no formatting of
their own. Output must be deterministic (sorted, no timestamps): `check` diffs it.

To add one, import its `emit` below and put it in `EMITTERS` where it belongs.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .dispatch import emit as emit_dispatch
from .facade import emit as emit_facade
from .fake_spec import emit as emit_fake_spec
from .prism_spec import emit as emit_prism_spec
from .sdk_types.emit import emit as emit_sdk_types

Emitter = Callable[[dict[str, Any], dict[str, Any], Path], None]

RUNTIME = Path(__file__).resolve().parent / "runtime"


def copy_runtime(
    normalized_spec: dict[str, Any], raw_spec: dict[str, Any], package_dir: Path
) -> None:
    """Copy the hand-written runtime helpers (`scripts/codegen/runtime/*.py`) that the custom
    templates import into `integrations_openai_api/_runtime/`, verbatim."""
    if not RUNTIME.is_dir():
        return
    target = package_dir / "_runtime"
    target.mkdir(exist_ok=True)
    for source in sorted(RUNTIME.glob("*.py")):
        shutil.copyfile(source, target / source.name)


EMITTERS: list[Emitter] = [
    copy_runtime,  # the runtime helpers the templates import
    emit_prism_spec,  # generated/prism/: the spec made Prism-ready (contract tests)
    emit_dispatch,  # unions.py / events.py: discriminator entry points
    emit_facade,  # resources/: every operation under the official SDK's name (reads unions.py)
    emit_fake_spec,  # openapi.fake.json: what the embedded OpenAI fake answers from
    emit_sdk_types,  # sdk_types/: the official SDK's `openai.types` names, mapped
]
"""The registered emitters, run in this order."""
