"""The spec lock: which file we generate from, proven by its sha256."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml


class SpecLockError(RuntimeError):
    """The spec on disk is not the one recorded in the lock (or the lock is unusable)."""


@dataclass(frozen=True)
class SpecLock:
    """The content of `openapi/spec.lock.json`."""

    package: str
    version: str
    path: str
    file: str
    sha256: str
    info_version: str
    openapi: str

    @classmethod
    def read(cls, path: Path) -> SpecLock:
        """Load a lock file; a missing key is a `SpecLockError`."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(**{k: str(data[k]) for k in cls.__dataclass_fields__})
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise SpecLockError(f"cannot read spec lock {path}: {exc!r}") from exc

    def write(self, path: Path) -> None:
        """Write the lock (fixed key order, trailing newline: stable diffs)."""
        path.write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")


def sha256_bytes(data: bytes) -> str:
    """Hex sha256 of `data`."""
    return hashlib.sha256(data).hexdigest()


def verify(data: bytes, lock: SpecLock, *, source: str) -> None:
    """Raise `SpecLockError` unless `data` has the sha256 the lock records."""
    actual = sha256_bytes(data)
    if actual != lock.sha256:
        raise SpecLockError(
            f"{source} has sha256 {actual}, but {lock.file} is locked to {lock.sha256} "
            f"({lock.package}=={lock.version}). Refusing to generate from an unpinned spec: "
            "restore the file, or run `make spec-update VERSION=x` to move the pin."
        )


def load_spec(data: bytes) -> dict[str, Any]:
    """Parse the YAML spec (libyaml when available: ~4x faster)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load(data, Loader=loader)
    if not isinstance(spec, dict) or "openapi" not in spec:
        raise SpecLockError("the spec is not an OpenAPI document")
    return spec


def read_verified_spec(spec_path: Path, lock_path: Path) -> tuple[dict[str, Any], SpecLock]:
    """Read, verify against the lock, and parse the pinned spec."""
    lock = SpecLock.read(lock_path)
    data = spec_path.read_bytes()
    verify(data, lock, source=str(spec_path))
    return load_spec(data), lock
