"""`make contract-check`: validate every cassette against a spec; list what it would break.

For each recorded exchange: the operation must still exist (method + path template), its
query parameters must be declared and the required ones present, the request body must
validate against the request schema, the response status and media type must be declared and
the response body (each event of a stream) must validate against the response schema.
Schemas are checked with Draft 2020-12 semantics (OpenAPI 3.1), `$ref`s resolved, `nullable`
read as a `null` alternative.

    python -m scripts.contract_check                      # against the pinned spec
    python -m scripts.contract_check --spec new/openapi.yml   # what a new version would break

With `--spec`, problems the pinned (or `--base`) spec already has are reported apart from the
new ones and only new ones fail the run; response fields the new spec no longer names (the
typed client would drop them) count as breakage too. Exit status: 0 clean, 1 breakage.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

from scripts.contract.cassettes import CASSETTES
from scripts.contract.spec import Operation, Spec, iter_operations, load_spec, resolve
from scripts.contract.validate import SpecValidator, pointer

_DISPOSITION = re.compile(rb'form-data; name="([^"]+)"')


@dataclass(frozen=True, order=True)
class Problem:
    """One thing the spec says is wrong about one recorded exchange."""

    cassette: str
    where: str  # "request query", "request body", "response body", "operation", ...
    message: str

    def __str__(self) -> str:
        return f"{self.cassette}: {self.where}: {self.message}"


class _Router:
    """Find the spec operation of a recorded (method, URL path)."""

    def __init__(self, spec: Spec) -> None:
        servers = spec.get("servers") or [{"url": ""}]
        # Recorded against the real API, paths carry the server's base path (/v1).
        self.prefix = urlsplit(servers[0].get("url", "")).path.rstrip("/")
        self.routes: list[tuple[str, re.Pattern[str], Operation]] = []
        for op in iter_operations(spec):
            parts = re.split(r"({[^}]+})", op.path)
            rx = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
            self.routes.append((op.method, re.compile(rx), op))
        # Literal segments beat parameters: /files/batch before /files/{id}.
        self.routes.sort(key=lambda r: r[2].path.count("{"))

    def find(self, method: str, path: str) -> Operation | None:
        candidates = [path]
        if self.prefix and path.startswith(self.prefix + "/"):
            candidates.append(path[len(self.prefix) :])
        for candidate in candidates:
            for verb, rx, op in self.routes:
                if verb == method and rx.fullmatch(candidate):
                    return op
        return None


def _text(body: Any) -> str:
    if isinstance(body, dict):
        body = body.get("string", "")
    if isinstance(body, bytes):
        return body.decode("utf-8", "surrogateescape")
    return body or ""


def _header(headers: dict[str, Any], name: str) -> str:
    for key, value in (headers or {}).items():
        if key.lower() == name:
            return str(value[0] if isinstance(value, list) else value)
    return ""


class Checker:
    """Validates cassettes against one spec."""

    def __init__(self, spec: Spec, *, fields: bool = False) -> None:
        self.spec = spec
        self.router = _Router(spec)
        self.validator = SpecValidator(spec)
        self.fields = fields  # also list response fields the spec does not name

    def check_file(self, path: Path) -> list[Problem]:
        """Every problem of every interaction in one cassette file."""
        data = yaml.safe_load(path.read_text()) or {}
        problems: list[Problem] = []
        for interaction in data.get("interactions", []):
            problems += self.check_interaction(path.stem, interaction)
        return problems

    def check_interaction(self, name: str, interaction: dict[str, Any]) -> list[Problem]:
        """Problems of one request/response pair."""
        request, response = interaction["request"], interaction["response"]
        url = urlsplit(request["uri"])
        method = request["method"].upper()
        op = self.router.find(method, url.path)
        if op is None:
            return [Problem(name, "operation", f"{method} {url.path} is not in the spec")]
        out = self._check_query(name, op, url.query)
        out += self._check_request_body(name, op, request)
        out += self._check_response(name, op, response)
        return out

    def _check_query(self, name: str, op: Operation, query: str) -> list[Problem]:
        declared = {p["name"]: p for p in op.parameters if p.get("in") == "query"}
        sent = {key for key, _ in parse_qsl(query, keep_blank_values=True)}
        out = [
            Problem(name, "request query", f"parameter {key!r} is not declared")
            for key in sorted(sent - set(declared))
        ]
        out += [
            Problem(name, "request query", f"required parameter {key!r} was not sent")
            for key, param in sorted(declared.items())
            if param.get("required") and key not in sent
        ]
        return out

    def _check_request_body(
        self, name: str, op: Operation, request: dict[str, Any]
    ) -> list[Problem]:
        body = _text(request.get("body"))
        if not body:
            required = (op.raw.get("requestBody") or {}).get("required", False)
            return [Problem(name, "request body", "required body missing")] if required else []
        media = _header(request.get("headers", {}), "content-type").split(";")[0].strip()
        contents = op.request_contents
        if media not in contents:
            return [Problem(name, "request body", f"media type {media!r} not accepted")]
        schema = contents[media].get("schema")
        if schema is None:
            return []
        here = pointer(
            "paths", op.path, op.method.lower(), "requestBody", "content", media, "schema"
        )
        if media == "application/json":
            return [
                Problem(name, "request body", e)
                for e in self.validator.errors(here, json.loads(body))
            ]
        if media == "multipart/form-data":
            return self._check_form_fields(
                name, here, schema, body.encode("utf-8", "surrogateescape")
            )
        return []

    def _check_form_fields(self, name: str, here: str, schema: Any, body: bytes) -> list[Problem]:
        """Multipart: field names only (values are strings on the wire)."""
        node = resolve(self.spec, schema)
        fields = {m.group(1).decode().split("[", 1)[0] for m in _DISPOSITION.finditer(body)}
        props = set(node.get("properties", {}))
        out = [
            Problem(name, "request body", f"form field {f!r} is not declared")
            for f in sorted(fields - props)
            if props and node.get("additionalProperties") is False
        ]
        out += [
            Problem(name, "request body", f"required form field {r!r} missing")
            for r in node.get("required", [])
            if r not in fields
        ]
        return out

    def _check_response(self, name: str, op: Operation, response: dict[str, Any]) -> list[Problem]:
        status = str(response["status"]["code"])
        responses = op.raw.get("responses", {})
        declared = (
            responses.get(status) or responses.get(f"{status[0]}XX") or responses.get("default")
        )
        if declared is None:
            return [Problem(name, "response status", f"{status} is not declared")]
        body = _text(response.get("body"))
        media = _header(response.get("headers", {}), "content-type").split(";")[0].strip().lower()
        content = declared.get("content", {})
        if not body or not content:
            return []
        if media not in content:
            return [Problem(name, "response media type", f"{media!r} is not declared for {status}")]
        if "schema" not in content[media]:
            return []
        key = next(k for k in responses if responses[k] is declared)
        here = pointer(
            "paths", op.path, op.method.lower(), "responses", key, "content", media, "schema"
        )
        if media == "text/event-stream":
            out: list[Problem] = []
            for line in body.splitlines():
                data = line[5:].strip() if line.startswith("data:") else ""
                if data and data != "[DONE]":
                    out += [
                        Problem(name, "response event", e)
                        for e in self.validator.errors(here, json.loads(data))
                    ]
            return out
        if "json" in media:
            payload = json.loads(body)
            out = [Problem(name, "response body", e) for e in self.validator.errors(here, payload)]
            if self.fields:
                schema = content[media]["schema"]
                out += [
                    Problem(name, "response field", f"{path} is no longer declared")
                    for path in undeclared_fields(self.spec, schema, payload)
                ]
            return out
        return []


def _object_props(spec: Spec, node: Any) -> dict[str, Any] | None:
    """Declared properties of an object schema (through `allOf`), None when it declares none."""
    node = resolve(spec, node)
    if not isinstance(node, dict):
        return None
    props: dict[str, Any] = dict(node.get("properties", {}))
    for member in node.get("allOf", []):
        props.update(_object_props(spec, member) or {})
    return props or None


def _branches(spec: Spec, node: Any) -> list[Any]:
    """The alternatives of a union (itself when it is none)."""
    node = resolve(spec, node)
    if isinstance(node, dict) and ("anyOf" in node or "oneOf" in node):
        out: list[Any] = []
        for member in node.get("anyOf", []) + node.get("oneOf", []):
            out += _branches(spec, member)
        return out
    return [node]


def undeclared_fields(spec: Spec, schema: Any, instance: Any, path: str = "") -> list[str]:
    """JSON paths (`/a/b`, `[]` for list items) of fields in `instance` its schema never names.

    These are what a typed client generated from `spec` could not give its users: a field
    dropped by a new spec version. Unions take the branch that names the most of the keys;
    schemas with no `properties` (free-form maps) are not looked into.
    """
    if isinstance(instance, list):
        found: list[str] = []
        for branch in _branches(spec, schema):
            items = branch.get("items") if isinstance(branch, dict) else None
            if items is not None:
                for item in instance:
                    found += undeclared_fields(spec, items, item, f"{path}[]")
                break
        return sorted(set(found))
    if not isinstance(instance, dict):
        return []
    best: dict[str, Any] | None = None
    for branch in _branches(spec, schema):
        props = _object_props(spec, branch)
        if props is not None and (
            best is None or len(props.keys() & instance.keys()) > len(best.keys() & instance.keys())
        ):
            best = props
    if best is None:
        return []
    found = []
    for key, value in instance.items():
        if key not in best:
            found.append(f"{path}/{key}")
        else:
            found += undeclared_fields(spec, best[key], value, f"{path}/{key}")
    return sorted(set(found))


def check(spec: Spec, cassettes: Path = CASSETTES, *, fields: bool = False) -> list[Problem]:
    """Every problem of every cassette in `cassettes` against `spec` (`fields`: see Checker)."""
    checker = Checker(spec, fields=fields)
    problems: list[Problem] = []
    for path in sorted(cassettes.glob("*.yaml")):
        problems += checker.check_file(path)
    return sorted(set(problems))


def render(problems: list[Problem], title: str) -> str:
    """Problems grouped by cassette, with a count."""
    if not problems:
        return f"{title}: none\n"
    by_cassette: dict[str, list[Problem]] = defaultdict(list)
    for problem in problems:
        by_cassette[problem.cassette].append(problem)
    lines = [f"{title}: {len(problems)} in {len(by_cassette)} cassette(s)"]
    for cassette, items in sorted(by_cassette.items()):
        lines.append(f"  {cassette}")
        lines += [f"    {p.where}: {p.message}" for p in items]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """CLI; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, help="a candidate spec (default: the pinned one)")
    parser.add_argument("--base", type=Path, help="the baseline spec (default: the pinned one)")
    parser.add_argument("--cassettes", type=Path, default=CASSETTES)
    args = parser.parse_args(argv)
    count = len(list(args.cassettes.glob("*.yaml")))
    base = load_spec() if args.base is None else load_spec(args.base, lock=None)
    pinned = check(base, args.cassettes, fields=args.spec is not None)
    if args.spec is None:
        sys.stdout.write(render(pinned, f"{count} cassettes vs the pinned spec: problems"))
        return 1 if pinned else 0
    candidate = check(load_spec(args.spec, lock=None), args.cassettes, fields=True)
    known = set(pinned)
    new = [p for p in candidate if p not in known]
    fixed = [p for p in pinned if p not in set(candidate)]
    sys.stdout.write(render(new, f"{count} cassettes vs {args.spec}: NEW breakage"))
    sys.stdout.write(
        render([p for p in candidate if p in known], "already failing with the pinned spec")
    )
    sys.stdout.write(render(fixed, "fixed by the new spec"))
    return 1 if new else 0


if __name__ == "__main__":
    sys.exit(main())
