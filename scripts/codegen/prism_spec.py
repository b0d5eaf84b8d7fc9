"""Write the Prism-ready variant of the pinned spec (generated/prism/openapi.prism.json).

Prism compiles each schema with Ajv and, when the compile fails, silently skips validation
(`Option.tryCatch` in prism-http), so an invalid request gets a 200. Three passes make every
schema compile and every streaming operation mockable; nothing else changes:

- `typeless_nullable`: `nullable` without `type` (Ajv: '"nullable" cannot be used without
  "type"') becomes an explicit `null` alternative (`anyOf: [schema, {type: null}]`).
- `unique_required`: a `required` list with duplicates (Ajv rejects the schema) is deduplicated.
- `hop_by_hop_headers`: a declared `Transfer-Encoding` response header (speech) makes Prism
  send `Transfer-Encoding: string`, which no HTTP client accepts; such headers are dropped
  (the server, not the mock's schema, owns framing).
- `invalid_examples`: Prism serves a schema's `example` verbatim; 10 examples violate their own
  schema (`Response.user: null`, JSON text where an object belongs, ...), so they are dropped
  and Prism generates from the schema instead.
- `invalid_defaults`: a `default` of the wrong JSON type (`Eval.testing_criteria`, an array,
  defaults to the string "eval") is what Prism serves; such defaults are dropped so the mock
  answers with spec-valid data.
- `event_streams`: `text/event-stream` responses are described as objects, which Prism cannot
  serialise (500 NO_COMPLEX_OBJECT_TEXT); they become a string schema with an example stream
  built from the event schemas.

Run `python -m scripts.codegen.prism_spec` (or `make generate`, via the emitter registry).
"""

from __future__ import annotations

import argparse
import copy
import datetime
import json
import sys
from pathlib import Path
from typing import Any

from referencing.exceptions import Unresolvable

from scripts.contract.samples import sample
from scripts.contract.spec import ROOT, Spec, iter_operations, load_spec, rewrite_nullable
from scripts.contract.validate import SpecValidator, pointer

OUTPUT = ROOT / "generated" / "prism" / "openapi.prism.json"
SSE = "text/event-stream"

# operationId -> (events in stream order, whether the stream names events, [DONE] at the end).
# An event is a schema name plus fields laid over its generated sample (readable demo output).
Event = tuple[str, dict[str, Any]]
_CHAT_CHUNK = "CreateChatCompletionStreamResponse"
STREAM_EVENTS: dict[str, tuple[tuple[Event, ...], bool, bool]] = {
    "createChatCompletion": (
        (
            (
                _CHAT_CHUNK,
                {
                    "choices": [
                        {
                            "index": 0,
                            "delta": {"role": "assistant", "content": "Hello"},
                            "finish_reason": None,
                        }
                    ]
                },
            ),
            (
                _CHAT_CHUNK,
                {
                    "choices": [
                        {"index": 0, "delta": {"content": " from Prism"}, "finish_reason": None}
                    ]
                },
            ),
            (_CHAT_CHUNK, {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}),
        ),
        False,
        True,
    ),
    "createResponse": (
        (
            ("ResponseCreatedEvent", {}),
            ("ResponseTextDeltaEvent", {"delta": "Hello from Prism"}),
            ("ResponseCompletedEvent", {}),
        ),
        True,
        False,
    ),
    "createTranscription": (
        (
            ("TranscriptTextDeltaEvent", {"delta": "Hello"}),
            ("TranscriptTextDoneEvent", {"text": "Hello"}),
        ),
        False,
        False,
    ),
    "createImage": (
        (("ImageGenPartialImageEvent", {}), ("ImageGenCompletedEvent", {})),
        False,
        False,
    ),
    "createImageEdit": (
        (("ImageEditPartialImageEvent", {}), ("ImageEditCompletedEvent", {})),
        False,
        False,
    ),
    "createSpeech": ((("SpeechAudioDeltaEvent", {}), ("SpeechAudioDoneEvent", {})), False, False),
}


def typeless_nullable(spec: Spec) -> list[str]:
    """Rewrite `nullable` on schemas without `type`; returns the rewritten sites."""
    return rewrite_nullable(spec, typeless_only=True)


def unique_required(spec: Spec) -> list[str]:
    """Deduplicate `required` lists (order kept); returns the changed sites."""
    sites: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            required = node.get("required")
            if isinstance(required, list) and len(set(map(str, required))) != len(required):
                node["required"] = list(dict.fromkeys(required))
                sites.append(where)
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{where}/{index}")

    walk(spec, "#")
    return sites


def event_stream_text(spec: Spec, events: tuple[Event, ...], named: bool, done: bool) -> str:
    """An SSE body: one `data:` line per event sample (with `event:` when the API names them)."""
    lines: list[str] = []
    for name, fields in events:
        data = sample(spec, {"$ref": f"#/components/schemas/{name}"})
        if isinstance(data, dict):
            data.update(fields)
        if named and isinstance(data, dict) and isinstance(data.get("type"), str):
            lines.append(f"event: {data['type']}")
        lines.append("data: " + json.dumps(data, separators=(",", ":")))
        lines.append("")
    if done:
        lines += ["data: [DONE]", ""]
    return "\n".join(lines) + "\n"


def event_streams(spec: Spec) -> list[str]:
    """Serve every `text/event-stream` response as a string with an example stream."""
    sites: list[str] = []
    for op in iter_operations(spec):
        for status, response in op.raw.get("responses", {}).items():
            content = response.get("content", {}) if isinstance(response, dict) else {}
            if SSE not in content:
                continue
            if op.operation_id not in STREAM_EVENTS:
                raise KeyError(f"{op.operation_id} streams: add its events to STREAM_EVENTS")
            events, named, done = STREAM_EVENTS[op.operation_id]
            content[SSE] = {
                "schema": {"type": "string"},
                "example": event_stream_text(spec, events, named, done),
            }
            sites.append(f"{op.method} {op.path} {status}")
    return sites


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "array": (list,),
    "object": (dict,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def _type_ok(value: Any, kind: Any) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    for name in kinds:
        expected = _JSON_TYPES.get(name)
        if expected is None:
            return True
        if isinstance(value, bool) and name in ("integer", "number"):
            continue
        if isinstance(value, expected):
            return True
    return False


def invalid_defaults(spec: Spec) -> list[str]:
    """Drop `default`s whose JSON type contradicts the schema's `type`; returns the sites."""
    sites: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            wrong = "default" in node and "type" in node
            wrong = wrong and not _type_ok(node["default"], node["type"])
            if wrong and not (node["default"] is None and node.get("nullable") is True):
                del node["default"]
                sites.append(where)
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{where}/{index}")

    walk(spec, "#")
    return sites


_SCHEMA_KEYS = frozenset({"type", "properties", "$ref", "anyOf", "oneOf", "allOf", "items", "enum"})


def invalid_examples(spec: Spec) -> list[str]:
    """Drop schema `example`s that their own schema rejects; returns the sites.

    Validates against the spec as it is when the pass runs (run it first: later passes move
    nodes). A site the validator cannot address is kept.
    """
    validator = SpecValidator(spec)
    sites: list[str] = []

    def walk(node: Any, parts: tuple[str, ...]) -> None:
        if isinstance(node, dict):
            if "example" in node and _SCHEMA_KEYS & set(node):
                try:
                    wrong = bool(validator.errors(pointer(*parts), node["example"], limit=1))
                except Unresolvable:
                    wrong = False
                if wrong:
                    del node["example"]
                    sites.append(pointer(*parts))
            for key, value in node.items():
                walk(value, (*parts, key))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, (*parts, str(index)))

    walk(spec, ())
    return sites


HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "content-length"}
)


def hop_by_hop_headers(spec: Spec) -> list[str]:
    """Drop declared response headers that describe HTTP framing; returns the sites."""
    sites: list[str] = []
    for op in iter_operations(spec):
        for status, response in op.raw.get("responses", {}).items():
            headers = response.get("headers") if isinstance(response, dict) else None
            if not isinstance(headers, dict):
                continue
            for name in list(headers):
                if name.lower() in HOP_BY_HOP:
                    del headers[name]
                    sites.append(f"{op.method} {op.path} {status} {name}")
    return sites


PASSES = (
    invalid_examples,
    typeless_nullable,
    unique_required,
    invalid_defaults,
    hop_by_hop_headers,
    event_streams,
)


def build(spec: Spec) -> tuple[Spec, dict[str, list[str]]]:
    """The Prism-ready copy of `spec` and, per pass, the sites it changed."""
    out = copy.deepcopy(spec)
    report = {fn.__name__: fn(out) for fn in PASSES}
    return out, report


def render(spec: Spec) -> str:
    """Deterministic JSON text for the output file."""
    return json.dumps(spec, indent=1, ensure_ascii=False, default=_json_default) + "\n"


def _json_default(value: object) -> str:
    """YAML loaders may turn `2024-01-01` into a date: write it back as the same text."""
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def emit(normalized_spec: Spec, raw_spec: Spec, package_dir: Path) -> None:
    """Emitter hook of the generation pipeline: write `<generated>/prism/openapi.prism.json`."""
    # Prism must see the spec as published, not our normalized variant; re-read the pinned
    # file with timestamps kept as text, so this and the CLI write byte-identical output.
    del normalized_spec, raw_spec
    write(package_dir.parent / "prism" / OUTPUT.name)


def write(output: Path = OUTPUT, spec: Spec | None = None) -> dict[str, list[str]]:
    """Build from `spec` (default: the pinned, lock-verified spec) and write `output`."""
    prism_spec, report = build(load_spec() if spec is None else spec)
    output.parent.mkdir(parents=True, exist_ok=True)
    text = render(prism_spec)
    if not output.exists() or output.read_text() != text:
        output.write_text(text)
    return report


def main(argv: list[str] | None = None) -> int:
    """CLI: write the Prism-ready spec (`--check`: fail if the file on disk is stale)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the output is stale")
    args = parser.parse_args(argv)
    if args.check:
        expected = render(build(load_spec())[0])
        if not args.output.exists() or args.output.read_text() != expected:
            print(f"{args.output} is stale: run python -m scripts.codegen.prism_spec")
            return 1
        return 0
    report = write(args.output)
    counts = ", ".join(f"{name}: {len(sites)}" for name, sites in report.items())
    print(f"wrote {args.output.relative_to(ROOT)} ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
