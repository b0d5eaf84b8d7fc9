"""The generated package covers the pinned spec: counts come from the spec, not constants."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "generated" / "integrations_openai_api"
REPORT = ROOT / "generated" / "report.json"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

_METHOD = re.compile(r'"method": "(\w+)"')
_URL = re.compile(r'"url": f?"([^"]+)"')
_RETURNS = re.compile(r"def sync_detailed\((?P<params>.*?)\) -> Response\[(?P<ret>.*?)\]:", re.S)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load((ROOT / "openapi" / "openapi.yml").read_bytes(), Loader=loader)
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        f"{method.upper()} {path}": op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


@pytest.fixture(scope="module")
def modules() -> dict[str, str]:
    """`METHOD /path` -> source of the endpoint module that sends it."""
    found: dict[str, str] = {}
    for path in sorted((PACKAGE / "api").glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        text = path.read_text(encoding="utf-8")
        method, url = _METHOD.search(text), _URL.search(text)
        assert method and url, f"{path} has no request kwargs"
        key = f"{method.group(1).upper()} {url.group(1)}"
        assert key not in found, f"two modules send {key}"
        found[key] = text
    return found


def test_every_operation_has_exactly_one_module(
    operations: dict[str, Any], modules: dict[str, str]
) -> None:
    assert sorted(modules) == sorted(operations)


def _declares_response_body(op: dict[str, Any]) -> bool:
    return any((resp or {}).get("content") for resp in (op.get("responses") or {}).values())


def test_responses_are_typed(operations: dict[str, Any], modules: dict[str, str]) -> None:
    untyped = []
    for key, op in operations.items():
        match = _RETURNS.search(modules[key])
        assert match, key
        ret = " ".join(match.group("ret").split())
        # A normalizer pass gives bodies to GET .../content (download_binary). A DELETE
        # whose spec declares no body returns None, as the SDK's.
        declared_by_pass = key.startswith("GET ") and key.endswith("/content")
        if _declares_response_body(op) or declared_by_pass:
            if ret in ("Any", "None"):
                untyped.append(key)
        else:
            assert ret in ("Any", "None"), f"{key} has no response body but returns {ret}"
    assert untyped == []


def test_request_bodies_are_typed(operations: dict[str, Any], modules: dict[str, str]) -> None:
    for key, op in operations.items():
        params = " ".join(_RETURNS.search(modules[key]).group("params").split())  # type: ignore[union-attr]
        if op.get("requestBody"):
            body = re.search(r"\bbody: ([^=]+?)(?:,|$| =)", params)
            assert body, f"{key} has a request body in the spec but no body parameter"
            assert "Any" not in body.group(1), f"{key} body typed {body.group(1)}"
        else:
            assert "body:" not in params, key


def test_every_component_schema_is_represented(spec: dict[str, Any]) -> None:
    import integrations_openai_api.models as models

    report = json.loads(REPORT.read_text(encoding="utf-8"))["schemas"]
    how = report["representation"]
    components = spec["components"]["schemas"]
    assert sorted(how) == sorted(components)
    assert report["lost"] == []
    exported = set(models.__all__)
    for name, kind in how.items():
        form, _, detail = kind.partition(" ")
        if form in ("class", "literal", "enum"):
            assert detail in exported, f"{name} reported as {kind} but not in models"
        else:
            assert form == "inline", (name, kind)
            assert name not in exported


def test_report_agrees_with_spec(
    spec: dict[str, Any], operations: dict[str, Any], modules: dict[str, str]
) -> None:
    report = json.loads(REPORT.read_text(encoding="utf-8"))
    assert report["operations"]["in_spec"] == len(operations) == report["operations"]["generated"]
    assert report["schemas"]["in_spec"] == len(spec["components"]["schemas"])
    assert report["generator"]["warnings"] == 0
    assert sum(report["operations"]["by_tag"].values()) == len(modules)
