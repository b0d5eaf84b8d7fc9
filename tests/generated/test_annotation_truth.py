"""Annotations tell the truth: every value a parsed response holds fits its annotation.

Response bodies come from three places: every recorded cassette, bodies synthesized from
the normalized spec for every response model (once with only the required fields, once
with every field, nullable fields `null` in both), and small fixtures of real
api.openai.com traffic (`fixtures/real_traffic.json`: values the spec says cannot occur).
Each is parsed with the generated `from_dict` / stream event parser; then every attribute
of every model instance is checked, recursively, against its resolved annotation. The
test fails listing each (model, field, value type, annotation) that lies.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from integrations_openai_api._facade_runtime import Operation
from integrations_openai_api.client import Client

from scripts.codegen.normalize.passes.response_nullable import (
    SECTIONS,
    is_const,
    load_data,
    reachable,
)
from scripts.contract.cases import load_cases
from scripts.contract.cassettes import cassette_path
from tests.generated._instances import class_name, has_binary
from tests.generated._truth import Lie, fits, lies

FIXTURES = Path(__file__).parent / "fixtures" / "real_traffic.json"


def operations() -> dict[str, Operation]:
    """Every facade `Operation`, by operationId."""
    import integrations_openai_api.resources as resources

    found: dict[str, Operation] = {}
    for info in pkgutil.walk_packages(resources.__path__, resources.__name__ + "."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, Operation):
                found[value.operation_id] = value
    return found


def _events(body: str, event_parser: Any, assistants: bool) -> Iterator[Any]:
    name = None
    for line in body.splitlines():
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data = line[5:].strip()
            if data and data != "[DONE]":
                payload = json.loads(data)
                yield event_parser({"event": name, "data": payload} if assistants else payload)


def cassette_results() -> Iterator[tuple[str, Any]]:
    """`(cassette name, parsed result)` for every recorded JSON or SSE response body."""
    ops = operations()
    client = Client(base_url="http://127.0.0.1:9")
    for name, case in sorted(load_cases().items()):
        path, op = cassette_path(name), ops.get(case.operation_id)
        if not path.exists() or op is None or op.binary:
            continue
        for interaction in yaml.safe_load(path.read_text())["interactions"]:
            response = interaction["response"]
            body = response["body"]["string"]
            ctype = " ".join(response["headers"].get("content-type") or [])
            if not body or response["status"]["code"] >= 300:
                continue
            if "text/event-stream" in ctype and op.stream_event is not None:
                parser = op.stream_event.get()
                assistants = parser.__name__ == "parse_assistant_stream_event"
                for event in _events(body, parser, assistants):
                    yield name, event
            elif "json" in ctype and op.response is not None:
                raw = httpx.Response(response["status"]["code"], content=body.encode())
                yield name, op.response.get()(client=client, response=raw)


class Synth:
    """Bodies of a schema: required fields only (`full=False`) or all; nullables null.

    `nulls` (component -> field names) are set to null as well: the fields that the
    official SDK or recorded traffic show null although the spec does not say so.
    """

    def __init__(
        self, spec: dict[str, Any], full: bool, nulls: dict[str, tuple[str, ...]] | None = None
    ) -> None:
        self.schemas = spec["components"]["schemas"]
        self.full = full
        self.nulls = nulls or {}

    def make(self, schema: dict[str, Any], chain: tuple[str, ...] = ()) -> Any:
        """One instance of `schema` (`chain`: the refs being expanded, to stop cycles)."""
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            return self.make(self.schemas[name], (*chain, name))
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return schema["enum"][0]
        members = schema.get("anyOf") or schema.get("oneOf")
        if members:
            if {"type": "null"} in members:
                return None
            return self.make(self._pick(members, chain), chain)
        kind = schema.get("type") or ("object" if "properties" in schema else None)
        if kind == "object":
            return self._object(schema, chain)
        if kind == "array":
            items = schema.get("items") or {}
            return [] if self._recurses(items, chain) else [self.make(items, chain)]
        return {"string": "s", "integer": 1, "number": 0.5, "boolean": True}.get(kind, "x")

    def _recurses(self, schema: dict[str, Any], chain: tuple[str, ...]) -> bool:
        ref = schema.get("$ref")
        return len(chain) > 6 or (isinstance(ref, str) and ref.rsplit("/", 1)[-1] in chain)

    def _pick(self, members: list[dict[str, Any]], chain: tuple[str, ...]) -> dict[str, Any]:
        return next((m for m in members if not self._recurses(m, chain)), members[0])

    def _object(self, schema: dict[str, Any], chain: tuple[str, ...]) -> dict[str, Any]:
        required = set(schema.get("required") or [])
        nulls = self.nulls.get(chain[-1], ()) if chain else ()
        out: dict[str, Any] = {}
        for name, prop in (schema.get("properties") or {}).items():
            if name in nulls:
                out[name] = None
            elif name in required or (self.full and not self._recurses(prop, chain)):
                out[name] = self.make(prop, chain)
        return out


UNKNOWN = "zz_value_this_client_never_saw"


class Mutant(Synth):
    """Full bodies drifting from the spec the ways the lenient parser promises to absorb,
    everywhere at once (at every depth):

    * `unknown_values`: every enum string is a value the spec does not list, and every
      union member's const (its `type` or other discriminator) a kind this client never
      saw: the enum field keeps the string (`Literal[...] | str`), the member becomes an
      `UnknownVariant`;
    * `nulls`: every optional field is `null` (absent or null reads `None`).

    Required fields stay present and typed: their annotations follow the spec and the
    evidence of `response_nullable` (the SDK's Optional fields, recorded traffic), as the
    SDK's do, so user code reads `completion.choices` without a None check.
    """

    MODES = ("unknown_values", "nulls")

    def __init__(self, spec: dict[str, Any], mode: str) -> None:
        super().__init__(spec, True)
        self.mode = mode

    def make(self, schema: dict[str, Any], chain: tuple[str, ...] = ()) -> Any:
        if self.mode == "unknown_values" and "enum" in schema and "const" not in schema:
            values = schema["enum"]
            return UNKNOWN if len(values) > 1 and isinstance(values[0], str) else values[0]
        members = schema.get("anyOf") or schema.get("oneOf")
        body = super().make(schema, chain)
        if self.mode == "unknown_values" and members and isinstance(body, dict):
            member = self._resolve(self._pick(members, chain))
            for name, prop in (member.get("properties") or {}).items():
                if isinstance(prop.get("const"), str) and name in body:
                    body[name] = UNKNOWN  # a new kind of member: a discriminator never seen
        return body

    def _resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def _object(self, schema: dict[str, Any], chain: tuple[str, ...]) -> dict[str, Any]:
        out = super()._object(schema, chain)
        if self.mode == "nulls":
            required = set(schema.get("required") or ())
            out.update((name, None) for name in out if name not in required)
        return out

    def body(self, name: str, overrides: dict[str, str] | None = None) -> Any:
        """The mutated body of component `name`.

        With `overrides` (to find the class), the component's own dispatch-only fields
        keep a listed value: an enum annotated without `str` because the class is only
        reached through union dispatch (an unknown value there is an `UnknownVariant`, as
        the nested mutations check), never parsed on its own by the client.
        """
        body = self.make(self.schemas[name], (name,))
        if overrides is not None and isinstance(body, dict):
            for field, values in dispatch_only_fields(name, self.schemas, overrides).items():
                if field in body:
                    body[field] = values[0]
        return body


def dispatch_only_fields(
    component: str, schemas: dict[str, Any], overrides: dict[str, str]
) -> dict[str, list[Any]]:
    """Enum fields of `component` whose annotation admits only the listed values (the
    generator's `strict_discriminators`), with those values."""
    from tests.generated._truth import hints

    resolved = hints(model(component, overrides))
    fields: dict[str, list[Any]] = {}
    for name, prop in (schemas[component].get("properties") or {}).items():
        while "$ref" in prop:
            prop = schemas[prop["$ref"].rsplit("/", 1)[-1]]
        values = prop.get("enum") or []
        hint = resolved.get(name)
        if len(values) > 1 and hint is not None and not fits(UNKNOWN, hint):
            fields[name] = values
    return fields


def mutated_results(
    spec: dict[str, Any], overrides: dict[str, str], mode: str
) -> Iterator[tuple[str, Any]]:
    """`(source, parsed)` for a mutated body of every response model."""
    mutant = Mutant(spec, mode)
    for name in response_components(spec):
        yield f"{mode}:{name}", model(name, overrides).from_dict(mutant.body(name, overrides))


def response_components(spec: dict[str, Any]) -> list[str]:
    """The object components a response can hold (multipart-only models excluded)."""
    schemas = spec["components"]["schemas"]
    return sorted(
        name
        for name in reachable(spec, ("response",))
        if schemas[name].get("type") == "object"
        and not (schemas[name].get("anyOf") or schemas[name].get("oneOf"))
        and not has_binary(schemas[name], schemas)
    )


def model(component: str, overrides: dict[str, str]) -> Any:
    """The generated class of a component."""
    models = importlib.import_module("integrations_openai_api.models")
    return getattr(models, class_name(component, overrides))


def synthesized_results(
    spec: dict[str, Any], overrides: dict[str, str]
) -> Iterator[tuple[str, Any]]:
    """`(source, parsed)` for a required-only and a full body of every response model."""
    for full in (False, True):
        synth = Synth(spec, full)
        for name in response_components(spec):
            body = synth.make(spec["components"]["schemas"][name], (name,))
            yield (
                f"synth:{name}:{'full' if full else 'required'}",
                model(name, overrides).from_dict(body),
            )


def evidence_nulls(spec: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Fields shown null by the official SDK's annotations or by recorded traffic.

    Const fields (union discriminators such as `type`) are left out: the SDK's Optional
    there means "may be absent", the case every optional field already covers.
    """
    schemas = spec["components"]["schemas"]
    data = load_data()
    merged: dict[str, tuple[str, ...]] = {}
    for section in SECTIONS:
        for name, fields in data[section].items():
            props = schemas[name].get("properties") or {}
            kept = tuple(f for f in fields if not is_const(props[f]))
            merged[name] = (*merged.get(name, ()), *kept)
    return merged


def evidence_results(spec: dict[str, Any], overrides: dict[str, str]) -> Iterator[tuple[str, Any]]:
    """`(source, parsed)`: every response model, full, with the evidence fields null."""
    synth = Synth(spec, True, evidence_nulls(spec))
    for name in response_components(spec):
        body = synth.make(spec["components"]["schemas"][name], (name,))
        yield f"evidence:{name}", model(name, overrides).from_dict(body)


def real_traffic_results(overrides: dict[str, str]) -> Iterator[tuple[str, Any]]:
    """`(note, parsed)` for each real-traffic fixture."""
    for case in json.loads(FIXTURES.read_text()):
        yield f"real:{case['note']}", model(case["component"], overrides).from_dict(case["body"])


def collect(results: Iterator[tuple[str, Any]]) -> dict[Lie, str]:
    """Each lie with the first source that showed it."""
    found: dict[Lie, str] = {}
    for source, parsed in results:
        for lie in lies(parsed):
            found.setdefault(lie, source)
    return found


def report(found: dict[Lie, str]) -> str:
    pairs = {(lie.model, lie.field) for lie in found}
    lines = [f"{lie}   [{source}]" for lie, source in sorted(found.items())]
    return f"{len(pairs)} lying (model, field) pairs:\n" + "\n".join(lines)


def test_the_checker_catches_a_lie_and_admits_the_truth() -> None:
    assert fits(None, int | None) and not fits(None, int)
    assert fits(["a"], list[str]) and not fits([1], list[str])
    assert not fits(True, int) and fits(1, float)
    assert fits({"k": 1}, dict[str, int]) and not fits({"k": "v"}, dict[str, int])
    from typing import Literal

    assert fits("a", Literal["a", "b"]) and not fits("c", Literal["a", "b"])
    assert fits("c", Literal["a"] | str)


def test_cassettes_tell_the_truth() -> None:
    results = list(cassette_results())
    assert len(results) > 250  # every JSON and SSE cassette body is parsed
    found = collect(iter(results))
    assert not found, report(found)


def test_synthesized_bodies_tell_the_truth(
    normalized_spec: dict[str, Any], overrides: dict[str, str]
) -> None:
    found = collect(synthesized_results(normalized_spec, overrides))
    assert not found, report(found)


def test_fields_the_sdk_or_traffic_show_null_tell_the_truth(
    normalized_spec: dict[str, Any], overrides: dict[str, str]
) -> None:
    assert len(evidence_nulls(normalized_spec)) > 100  # the data file is read, not empty
    found = collect(evidence_results(normalized_spec, overrides))
    assert not found, report(found)


def test_real_traffic_tells_the_truth(overrides: dict[str, str]) -> None:
    found = collect(real_traffic_results(overrides))
    assert not found, report(found)


@pytest.mark.parametrize("mode", Mutant.MODES)
def test_mutated_bodies_tell_the_truth(
    normalized_spec: dict[str, Any], overrides: dict[str, str], mode: str
) -> None:
    """Unknown enum values and discriminators, nulls, missing required fields: whatever
    the lenient parser keeps, the annotation admits (for every response model)."""
    found = collect(mutated_results(normalized_spec, overrides, mode))
    assert not found, report(found)


def test_mutations_reach_the_models(
    normalized_spec: dict[str, Any], overrides: dict[str, str]
) -> None:
    """The mutations really happen: an unknown output item type parses as UnknownVariant,
    an unknown status stays the string received, optional fields arrive null."""
    from integrations_openai_api._runtime.lenient import UnknownVariant

    unknown = Mutant(normalized_spec, "unknown_values").body("Response")
    assert unknown["status"] == UNKNOWN and unknown["output"][0]["type"] == UNKNOWN
    parsed = model("Response", overrides).from_dict(unknown)
    assert parsed.status == UNKNOWN and isinstance(parsed.output[0], UnknownVariant)
    assert parsed.to_dict() == unknown
    # a tool type never seen is an UnknownVariant; the web search tool's two listed types
    # (a `Literal` without `str`, so `tool.type == "function"` narrows) parse as the tool
    tools = [{"type": UNKNOWN}, {"type": "web_search_2025_08_26"}]
    with_tools = model("Response", overrides).from_dict({**unknown, "tools": tools})
    assert isinstance(with_tools.tools[0], UnknownVariant)
    assert type(with_tools.tools[1]).__name__ == "WebSearchTool"
    schemas = normalized_spec["components"]["schemas"]
    assert list(dispatch_only_fields("WebSearchTool", schemas, overrides)) == ["type"]
    assert dispatch_only_fields("Batch", schemas, overrides) == {}  # `status` admits any str
    nulls = Mutant(normalized_spec, "nulls").body("Batch")
    assert nulls["completed_at"] is None and nulls["errors"] is None
    assert nulls["id"] == "s" and model("Batch", overrides).from_dict(nulls).completed_at is None


@pytest.mark.parametrize("component", ["Response", "Batch", "RunObject"])
def test_synthesized_bodies_reach_the_models(
    normalized_spec: dict[str, Any], overrides: dict[str, str], component: str
) -> None:
    """The synthesized bodies really populate fields (the walk has something to check)."""
    body = Synth(normalized_spec, True).make(
        normalized_spec["components"]["schemas"][component], (component,)
    )
    parsed = model(component, overrides).from_dict(body)
    assert len(body) > 5 and parsed.to_dict() == body
