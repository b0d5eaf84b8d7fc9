"""Where the pipeline reads and writes, relative to the repository root."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPENAPI_DIR = ROOT / "openapi"
SPEC = OPENAPI_DIR / "openapi.yml"
LOCK = OPENAPI_DIR / "spec.lock.json"
GENERATOR_CONFIG = OPENAPI_DIR / "generator-config.yml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
GENERATED = ROOT / "generated"
PACKAGE_NAME = "integrations_openai_api"
PYPROJECT = ROOT / "pyproject.toml"
