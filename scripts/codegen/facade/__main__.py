"""``python -m scripts.codegen.facade <normalized spec> <generated package dir>``."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from .emit import format_files, write

if __name__ == "__main__":
    spec = yaml.load(Path(sys.argv[1]).read_text(), Loader=yaml.CSafeLoader)
    written = write(spec, Path(sys.argv[2]))
    format_files(written)
    print(f"facade: wrote {len(written)} files")
