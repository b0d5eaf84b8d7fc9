"""Per-operation call arguments (`tests/contract/operations.yaml`): build, load, keep.

Each case says how to call one operation: the public name (from the facade name map), path
parameters, required query parameters, a schema-valid body (and which fields are uploads).
`python -m scripts.contract.cases` adds cases for operations that have none and keeps every
existing (possibly hand-edited) case as it is; `--rebuild` starts over.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scripts.contract.fixtures import file_for
from scripts.contract.samples import sample
from scripts.contract.spec import ROOT, Operation, Spec, iter_operations, pinned_spec, resolve

CASES_PATH = ROOT / "tests" / "contract" / "operations.yaml"
NAMES_PATH = ROOT / "scripts" / "codegen" / "facade" / "names.yaml"
# The streaming variants recorded besides the plain call (operationId -> stream field).
STREAM_CASES: dict[str, dict[str, Any]] = {
    "createChatCompletion": {"stream": True},
    "createResponse": {"stream": True},
    "createTranscription": {"stream": True},
    "createImage": {"stream": True},
    "createImageEdit": {"stream": True},
    "createSpeech": {"stream_format": "sse"},
}


@dataclass
class Case:
    """How to call one operation once."""

    name: str
    operation_id: str
    method: str
    path: str
    call: str
    path_params: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    media_type: str | None = None
    body: Any = None
    files: dict[str, str] = field(default_factory=dict)
    stream: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    note: str = ""

    def url_path(self) -> str:
        """The request path with path parameters filled in."""
        out = self.path
        for key, value in self.path_params.items():
            out = out.replace("{" + key + "}", str(value))
        return out

    def as_yaml(self) -> dict[str, Any]:
        """The data-file form (name is the key, empty fields left out)."""
        raw = {
            "operation_id": self.operation_id,
            "method": self.method,
            "path": self.path,
            "call": self.call,
            "path_params": self.path_params,
            "query": self.query,
            "media_type": self.media_type,
            "body": self.body,
            "files": self.files,
            "stream": self.stream,
            "headers": self.headers,
            "note": self.note,
        }
        empty: tuple[object, ...] = ({}, None, False, "")
        return {k: v for k, v in raw.items() if v not in empty or (k == "body" and v == {})}


def load_names(path: Path = NAMES_PATH) -> dict[str, str]:
    """operationId -> public dotted name, e.g. `chat.completions.create`."""
    if not path.exists():
        return {}
    names = yaml.safe_load(path.read_text())
    return {op: f"{entry['resource']}.{entry['method']}" for op, entry in names.items()}


def path_value(name: str) -> str:
    """A readable id for a path parameter: `thread_id` -> `thread_abc123`."""
    stem = name[:-3] if name.endswith("_id") else name
    return f"{stem}_abc123"


def _file_fields(spec: Spec, schema: Any) -> list[str]:
    node = resolve(spec, schema)
    props = node.get("properties", {}) if isinstance(node, dict) else {}
    return [key for key, value in props.items() if _is_binary(spec, value)]


def _is_binary(spec: Spec, schema: Any, depth: int = 0) -> bool:
    node = resolve(spec, schema)
    if not isinstance(node, dict) or depth > 4:
        return False
    if node.get("format") == "binary" or "contentMediaType" in node:
        return True
    members = [*node.get("anyOf", []), *node.get("oneOf", []), *node.get("allOf", [])]
    if "items" in node:
        members.append(node["items"])
    return any(_is_binary(spec, m, depth + 1) for m in members)


def build_case(spec: Spec, op: Operation, names: dict[str, str]) -> Case:
    """A schema-valid case for `op` (required fields only)."""
    case = Case(
        name=op.operation_id,
        operation_id=op.operation_id,
        method=op.method,
        path=op.path,
        call=names.get(op.operation_id, ""),
    )
    for param in op.parameters:
        param = resolve(spec, param)
        if param.get("in") == "path":
            case.path_params[param["name"]] = path_value(param["name"])
        elif param.get("in") == "query" and param.get("required"):
            value = sample(spec, param.get("schema", {}), name=param["name"])
            case.query[param["name"]] = value
    contents = op.request_contents
    if contents:
        media_type = next(iter(contents))
        schema = contents[media_type].get("schema", {})
        case.media_type = media_type
        if media_type == "application/sdp":
            case.body = "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
        else:
            body = sample(spec, schema)
            for name in _file_fields(spec, schema):
                body.pop(name, None) if isinstance(body, dict) else None
                required = resolve(spec, schema).get("required", [])
                if name in required:
                    case.files[name] = file_for(op.operation_id, name)
            case.body = body
    return case


def build_cases(spec: Spec) -> dict[str, Case]:
    """A fresh case per operation plus the streaming variants."""
    names = load_names()
    cases: dict[str, Case] = {}
    for op in iter_operations(spec):
        case = build_case(spec, op, names)
        cases[case.name] = case
        if op.operation_id in STREAM_CASES and isinstance(case.body, dict):
            stream = build_case(spec, op, names)
            stream.name = f"{op.operation_id}.stream"
            stream.body = {**stream.body, **STREAM_CASES[op.operation_id]}
            stream.stream = True
            cases[stream.name] = stream
    return cases


def load_cases(path: Path = CASES_PATH) -> dict[str, Case]:
    """The committed cases, by case name."""
    raw = yaml.safe_load(path.read_text()) or {}
    return {name: Case(name=name, **entry) for name, entry in raw.items()}


def dump_cases(cases: dict[str, Case], path: Path = CASES_PATH) -> None:
    """Write cases sorted by name (stable diffs)."""
    header = (
        "# Call arguments per contract case (operationId[.variant]): made by\n"
        "# `python -m scripts.contract.cases`, hand edits are kept. Uploads name a fixture\n"
        "# in scripts/contract/fixtures.py.\n"
    )
    data = {name: cases[name].as_yaml() for name in sorted(cases)}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))


def main(argv: list[str] | None = None) -> int:
    """CLI: add missing cases to the data file (or `--rebuild` it)."""
    parser = argparse.ArgumentParser(description="Build tests/contract/operations.yaml.")
    parser.add_argument("--rebuild", action="store_true", help="discard existing cases")
    args = parser.parse_args(argv)
    fresh = build_cases(pinned_spec())
    existing = {} if args.rebuild or not CASES_PATH.exists() else load_cases()
    merged = {**fresh, **existing}
    for name, case in merged.items():  # public names follow the facade's name map
        if name in fresh and fresh[name].call:
            case.call = fresh[name].call
    dump_cases(merged)
    print(
        f"{len(merged)} cases ({len(merged) - len(existing)} new) in {CASES_PATH.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
