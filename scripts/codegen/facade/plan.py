"""Join the spec, the name map and the generated modules into one plan per operation.

Pure data in, data out: ``plan(spec, names, package_dir)`` returns the resource tree the
templates render. Every spec operation must land on exactly one (resource, method) pair.
"""

from __future__ import annotations

import ast
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from .docstring import absolute_links, clean
from .inspect_generated import ApiModule, find_api_modules, read_model
from .rules import BETA_ALSO
from .spec_docs import body_field_docs, parameter_docs

__all__ = ["MethodPlan", "ResourceNode", "build_plan"]

_VERBS = ("get", "post", "put", "patch", "delete")
# Assistants runs stream without an SSE content declared in the spec.
_ASSISTANT_STREAM_EVENT = "AssistantStreamEvent"
_EMBEDDINGS = "createEmbedding"


@dataclass
class Param:
    """One keyword of a facade method."""

    name: str  # python keyword
    wire: str  # name on the wire (path placeholder, query key, body key)
    annotation: str
    required: bool
    doc: str = ""  # the spec's description (links made absolute), "" when it has none


@dataclass
class MethodPlan:
    """Everything the template needs for one facade method."""

    operation_id: str
    name: str
    http_method: str
    path: str
    summary: str
    path_params: list[Param]
    query: list[Param]
    body: list[Param]
    body_kind: str | None  # "json" | "multipart" | "either" (multipart when a file is given) | None
    file_fields: list[str]
    returns: str | None  # model annotation; None: no JSON body
    response_ref: str | None  # "module:Class" for from_dict
    binary: bool
    page_item: str | None
    stream_event: str | None  # annotation of one event
    stream_ref: str | None
    stream_switch: str | None  # the body field that turns streaming on: "stream" / "stream_format"
    tags: list[str]
    imports: dict[str, str]  # annotation name -> dotted module (relative to the package)
    status: int = 200  # the success status the spec declares
    description: str = ""  # the spec's description after the summary (links made absolute)
    # One overload per ``response_format`` choice: (the enum values, what they return),
    # the spec's default first; ``"str"`` for the plain-text formats (``_format_results``).
    formats: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    # The answer read as text whatever its type (the SDK's deprecated ``str`` twins of
    # downloads, ``render_legacy.TEXT_TWINS``): the requester gets ``as_text=True``.
    as_text: bool = False


@dataclass
class ResourceNode:
    """One resource (``chat.completions``): its methods and child resources."""

    path: str  # "" for the root
    methods: list[MethodPlan] = field(default_factory=list)
    children: dict[str, ResourceNode] = field(default_factory=dict)
    # Attributes that return another (top-level) resource: ``client.beta.threads`` is
    # ``client.threads``, so code written for the official SDK keeps working.
    aliases: dict[str, ResourceNode] = field(default_factory=dict)

    @property
    def segment(self) -> str:
        """The last part of the resource path (``runs`` for ``threads.runs``)."""
        return self.path.rsplit(".", 1)[-1] if self.path else ""

    @property
    def class_name(self) -> str:
        """The generated class name (``FileBatches``; ``Resources`` for the root)."""
        if not self.path:
            return "Resources"
        return "".join(part.capitalize() for part in self.segment.split("_"))


def kwarg_name(wire: str) -> str:
    """The SDK uses wire names as keywords; only non-identifiers and keywords are renamed."""
    base = wire[:-2] if wire.endswith("[]") else wire
    if base.isidentifier() and not keyword.iskeyword(base):
        return base
    return str(PythonIdentifier(base, prefix="field"))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def _first_line(op: dict[str, Any]) -> str:
    """The first sentence of the summary (or description), on one line."""
    text = (op.get("summary") or op.get("description") or "").strip()
    paragraph = " ".join(text.split("\n\n", 1)[0].split())
    sentence = _SENTENCE_END.split(paragraph, 1)[0]
    if len(sentence) > 160:
        sentence = sentence[:157].rsplit(" ", 1)[0] + "..."
    return absolute_links(sentence).replace('"""', "'''").replace("\\", "\\\\")


def _description(op: dict[str, Any]) -> str:
    """The operation's description without what ``_first_line`` already shows."""
    summary = (op.get("summary") or "").strip()
    text = (op.get("description") or "").strip()
    if summary and not text.startswith(summary):
        text = f"{summary}\n\n{text}"
    first, _, tail = text.partition("\n\n")
    parts = _SENTENCE_END.split(" ".join(first.split()), 1)
    if len(parts[0]) > 160:  # ``_first_line`` shortened it: keep the whole sentence here
        return clean(text)
    return clean((parts[1] if len(parts) > 1 else "") + "\n\n" + tail)


def _document(spec: dict[str, Any], op: dict[str, Any], plan: MethodPlan) -> None:
    """Fill each keyword's ``doc`` and the plan's ``description`` from ``spec``: the spec as
    published (the normalizer drops what sits next to a ``$ref``, descriptions included),
    else the normalized operation."""
    op = (spec.get("paths", {}).get(plan.path) or {}).get(plan.http_method) or op
    params = parameter_docs(spec, op)
    fields = body_field_docs(spec, op)
    for p in plan.path_params:
        p.doc = clean(params.get(("path", p.wire), ""))
    for p in plan.query:
        p.doc = clean(params.get(("query", p.wire), ""))
    for p in plan.body:
        p.doc = clean(fields.get(p.wire, ""))
    plan.description = _description(op)


def _names_in(annotation: str) -> set[str]:
    try:
        tree = ast.parse(annotation, mode="eval")
    except SyntaxError:
        return set()
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}


def _sse_schema(op: dict[str, Any]) -> str | None:
    for response in op.get("responses", {}).values():
        content = (response or {}).get("content") or {}
        sse = content.get("text/event-stream")
        if sse is not None:
            ref = (sse.get("schema") or {}).get("$ref", "")
            return ref.rsplit("/", 1)[-1] or None
    return None


def _stream_switch(op: dict[str, Any], body: list[Param], query: list[Param]) -> str | None:
    """The parameter that turns streaming on: ``stream`` in the body (chat, completions,
    responses, runs, transcriptions, images) or in the query (``GET /responses/{id}``
    resumes a background response), or, for speech, ``stream_format: "sse"`` next to a
    declared text/event-stream response."""
    if "stream" in {p.wire for p in body} | {p.wire for p in query}:
        return "stream"
    if "stream_format" in {p.wire for p in body} and _sse_schema(op):
        return "stream_format"
    return None


def _stream_event_schema(
    op: dict[str, Any],
    verb: str,
    path: str,
    returns: str | None,
    spec_ops: dict[tuple[str, str], dict[str, Any]],
) -> str | None:
    """The schema of one streamed event, whatever the spec declares (the streaming rule).

    1. the operation's own ``text/event-stream`` schema;
    2. else the SSE schema of the operation one level up the same path (``GET
       /responses/{id}?stream=true`` replays the events of ``POST /responses``);
    3. else Assistants' ``AssistantStreamEvent`` for ``/threads`` operations (runs stream
       ``event: thread.*`` frames the spec does not declare);
    4. else the success model itself: legacy ``POST /completions`` streams chunks shaped
       like its ``text_completion`` response.
    """
    own = _sse_schema(op)
    if own:
        return own
    parent = path.rsplit("/", 1)[0]
    for (other_verb, other_path), other in spec_ops.items():
        if other_path == parent and (other_verb, other_path) != (verb, path):
            sse = _sse_schema(other)
            if sse:
                return sse
    if path.startswith("/threads"):
        return _ASSISTANT_STREAM_EVENT
    return returns


def _error_only_models(op: dict[str, Any]) -> set[str]:
    """Components that only error statuses declare (``Error`` on a 404)."""
    success: set[str] = set()
    failure: set[str] = set()
    for code, response in (op.get("responses") or {}).items():
        for media in ((response or {}).get("content") or {}).values():
            ref = ((media or {}).get("schema") or {}).get("$ref")
            if isinstance(ref, str):
                (success if str(code).startswith("2") else failure).add(ref.rsplit("/", 1)[-1])
    return failure - success


def _without_error_models(returns: str | None, op: dict[str, Any]) -> str | None:
    """The result annotation without error-status models: an error status raises one of
    our exceptions before any body is parsed, so a result is never an ``Error``."""
    errors = _error_only_models(op)
    if not returns or not errors:
        return returns
    members = [m for m in returns.split(" | ") if m not in errors]
    if members == ["Any"]:
        return None  # the success declares no body (``responses.delete``): None, as the SDK's
    return " | ".join(members) or None


def _answers_text(body: list[Param], schemas: dict[str, Any]) -> bool:
    """The call may ask for a plain-text answer: a ``response_format`` body field whose enum
    offers ``"text"`` (transcriptions as text, srt or vtt). Such an answer is a ``str``."""
    for param in body:
        if param.wire != "response_format":
            continue
        for name in _names_in(param.annotation):
            schema = schemas.get(name)
            if isinstance(schema, dict) and "text" in (schema.get("enum") or []):
                return True
    return False


def _common_prefix(names: list[str]) -> str:
    """The longest text every name starts with."""
    first, last = min(names), max(names)
    size = next(
        (i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), len(first)
    )
    return first[:size]


def _pascal(value: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[^0-9A-Za-z]+", value) if part)


def _format_results(
    body: list[Param], schemas: dict[str, Any], returns: str | None, *, text: bool
) -> list[tuple[tuple[str, ...], str]]:
    """What each ``response_format`` value returns (the response-format rule).

    The success body is a union of models named after the formats
    (``CreateTranscriptionResponse`` + ``Json``/``VerboseJson``/``DiarizedJson``): each enum
    value whose PascalCase name completes the members' common prefix returns that model;
    with ``text`` (the call answers ``text/*`` as a ``str``), the values no model is named
    after (``text``, ``srt``, ``vtt``) return ``str``, together. The spec's default comes
    first: it is what a call without ``response_format`` gets. No rule applies (nothing
    returned) unless at least one value names a member.
    """
    param = next((p for p in body if p.wire == "response_format"), None)
    if param is None or not returns:
        return []
    enums = [schemas.get(n) for n in sorted(_names_in(param.annotation))]
    schema = next((e for e in enums if isinstance(e, dict) and e.get("enum")), None)
    members = [m.strip() for m in returns.split("|")]
    if schema is None or len(members) < 2:
        return []
    prefix = _common_prefix(members)
    values = [v for v in schema["enum"] if isinstance(v, str)]
    default = schema.get("default")
    values.sort(key=lambda v: v != default)
    models: dict[str, list[str]] = {}
    for value in values:
        name = prefix + _pascal(value)
        if name in members:
            models.setdefault(name, []).append(value)
        elif text:
            models.setdefault("str", []).append(value)
    if not set(models) - {"str"}:
        return []
    return [(tuple(vals), name) for name, vals in models.items()]


def _success_status(op: dict[str, Any]) -> int:
    codes = sorted(str(c) for c in op.get("responses", {}) if str(c).startswith("2"))
    return int(codes[0]) if codes and codes[0].isdigit() else 200


def _body_models(api: ApiModule) -> list[tuple[str, str]]:
    """Every generated model the body may be (two when the spec offers multipart and JSON)."""
    if not api.body_annotation:
        return []
    out = []
    for name in (part.strip() for part in api.body_annotation.split("|")):
        module = api.imports.get(name)
        if module and module.startswith("models."):
            out.append((name, module))
    return out


def _union(first: str, second: str) -> str:
    """``first | second`` without repeated members (``Unset`` kept last)."""

    def members(text: str) -> list[str]:
        node = ast.parse(text, mode="eval").body
        found: list[str] = []

        def visit(n: ast.expr) -> None:
            if isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr):
                visit(n.left)
                visit(n.right)
            else:
                found.append(ast.unparse(n))

        visit(node)
        return found

    merged: list[str] = []
    for member in [*members(first), *members(second)]:
        if member not in merged:
            merged.append(member)
    merged.sort(key=lambda m: m == "Unset")
    return " | ".join(merged)


def _merge_bodies(kinds: list[list[Param]]) -> list[Param]:
    """One keyword set over several body models: a field is required only where every
    model requires it; a field both declare differently takes either annotation."""
    merged: dict[str, Param] = {}
    for params in kinds:
        for p in params:
            have = merged.get(p.wire)
            if have is None:
                merged[p.wire] = Param(p.name, p.wire, p.annotation, p.required)
            else:
                have.required = have.required and p.required
                if have.annotation != p.annotation:
                    have.annotation = _union(have.annotation, p.annotation)
    for wire, param in merged.items():
        if any(wire not in {p.wire for p in params} for params in kinds):
            param.required = False
    return list(merged.values())


def _plan_method(
    op_id: str,
    verb: str,
    path: str,
    op: dict[str, Any],
    name: str,
    api: ApiModule,
    package_dir: Path,
    events: dict[str, Any],
    spec_ops: dict[tuple[str, str], dict[str, Any]],
    docs_spec: dict[str, Any] | None = None,
    *,
    paged_post: bool = False,
) -> MethodPlan:
    imports = dict(api.imports)
    spec_params = {}
    for prm in op.get("parameters", []):
        spec_params[(prm.get("in"), str(PythonIdentifier(prm["name"], prefix="field")))] = prm
    path_params = [Param(kwarg_name(f.name), f.name, f.annotation, True) for f in api.path_params]
    # The spec's placeholders may differ from the generator's python names.
    for p, f in zip(path_params, api.path_params, strict=True):
        prm = spec_params.get(("path", f.name))
        if prm is not None:
            p.wire = prm["name"]
    query = []
    for f in api.query_params:
        prm = spec_params.get(("query", f.name))
        wire = prm["name"] if prm else f.name
        query.append(Param(kwarg_name(wire), wire, f.annotation, f.required))
    # The SDK's order, which the query string keeps: required parameters as the spec lists
    # them, then the optional ones by name (`files.list`: after, limit, order, purpose).
    query.sort(key=lambda p: (not p.required, p.wire if not p.required else ""))
    body: list[Param] = []
    body_kind = None
    file_fields: list[str] = []
    models = _body_models(api)
    if models:
        # The published spec's encodings: the normalizer keeps one per shared schema (the
        # generated endpoint sends that one), the facade still offers what the API accepts.
        published = ((docs_spec or {}).get("paths", {}).get(path) or {}).get(verb) or op
        content = (published.get("requestBody") or op.get("requestBody") or {}).get("content", {})
        body_kind = "multipart" if "multipart/form-data" in content else "json"
        if body_kind == "multipart" and "application/json" in content:
            # The spec offers both encodings (containers.files.create with `file` or
            # `file_id`; images.edit with `images=[{image_url}]`): every keyword set, and the
            # runtime sends multipart only when a file is given, JSON otherwise (the SDK's way).
            body_kind = "either"
        kinds: list[list[Param]] = []
        for model_name, module in models if body_kind == "either" else models[:1]:
            info = read_model(package_dir, module, model_name)
            imports.update(info.imports)
            kinds.append(
                [Param(kwarg_name(f.wire), f.wire, f.annotation, f.required) for f in info.fields]
            )
            if body_kind != "json":
                file_fields += [
                    f.wire
                    for f in info.fields
                    if "File" in _names_in(f.annotation) and f.wire not in file_fields
                ]
        body = _merge_bodies(kinds)
    returns = _without_error_models(api.returns, op)
    binary = returns == "File"
    response_ref = None
    page_item = None
    if returns and not binary:
        names = _names_in(returns)
        if not all(n in imports for n in names):
            returns = None
        else:
            # The generated _parse_response knows the success status and union dispatch.
            response_ref = f"{api.module}:_parse_response"
            module = imports.get(returns)
            if module is not None:
                info = read_model(package_dir, module, returns)
                data = next((f for f in info.fields if f.name == "data"), None)
                query_names = {q.wire for q in query}
                # The paging styles of ``integrations_openai.pagination.strategy_for``:
                # ``after`` cursors, ``page``/``next_page`` tokens (usage, costs), one page.
                # A POST is a page where the SDK answers it with one (``page: post`` in
                # names.yaml, derived from the SDK: ``vector_stores.search``); its body is
                # sent with every page.
                if (
                    (verb == "get" or paged_post)
                    and data is not None
                    and data.annotation.startswith("list[")
                    and (query_names & {"after", "page"} or not query_names)
                ):
                    page_item = data.annotation[len("list[") : -1]
                    imports.update(info.imports)
    stream_event = None
    stream_ref = None
    switch = _stream_switch(op, body, query)
    if switch is not None:
        event = _stream_event_schema(op, verb, path, returns, spec_ops)
        schema = events.get(event or "")
        if event is None or schema is None:
            pass
        elif "oneOf" in schema or "anyOf" in schema:
            # Root unions get a parse entry point and a type alias from the dispatch
            # emitter (``events.py`` / ``unions.py``); resolved lazily, so emitter order
            # does not matter (tests/unit/test_facade.py checks every reference resolves).
            stream_event, imports[event] = event, "unions"
            stream_ref = f"events:parse_{_snake(event)}"
        else:
            module = f"models.{_snake(event)}"
            stream_event, imports[event] = event, module
            stream_ref = f"{module}:{event}.from_dict"
    tags = ["embeddings"] if op_id == _EMBEDDINGS else []
    formats: list[tuple[tuple[str, ...], str]] = []
    if response_ref and returns and _answers_text(body, events):
        # A text/* answer (asked for with ``response_format="text"``) is returned as a
        # ``str``: the result admits it, and the overloads per format narrow it.
        tags.append("text_formats")
        formats = _format_results(body, events, returns, text=True)
        returns = f"{returns} | str"
    plan = MethodPlan(
        operation_id=op_id,
        name=name,
        http_method=verb,
        path=path,
        summary=_first_line(op),
        path_params=path_params,
        query=query,
        body=body,
        body_kind=body_kind,
        file_fields=file_fields,
        returns=returns,
        response_ref=response_ref,
        binary=binary,
        page_item=page_item,
        stream_event=stream_event,
        stream_ref=stream_ref,
        stream_switch=switch if stream_event else None,
        status=_success_status(op),
        tags=tags,
        imports=imports,
        formats=formats,
    )
    _document(docs_spec or {}, op, plan)
    return plan


def _snake(name: str) -> str:
    return str(PythonIdentifier(name, prefix="field")).rstrip("_")


def build_plan(
    spec: dict[str, Any],
    names: dict[str, dict[str, str]],
    package_dir: Path,
    docs_spec: dict[str, Any] | None = None,
) -> ResourceNode:
    """The resource tree for every operation of ``spec`` (raises on a gap or a clash);
    descriptions come from ``docs_spec`` (the published spec), else from ``spec``."""
    apis = find_api_modules(package_dir)
    events = spec.get("components", {}).get("schemas", {})
    spec_ops = {
        (verb, path): item[verb]
        for path, item in spec["paths"].items()
        for verb in _VERBS
        if item.get(verb) is not None
    }
    root = ResourceNode("")
    missing: list[str] = []
    for path, item in spec["paths"].items():
        for verb in _VERBS:
            op = item.get(verb)
            if op is None:
                continue
            op_id = op["operationId"]
            entry = names.get(op_id)
            api = apis.get((verb, path))
            if entry is None or api is None:
                missing.append(
                    f"{verb.upper()} {path} ({op_id}): "
                    + ("no name" if entry is None else "no api module")
                )
                continue
            node = root
            parts = [p for p in entry["resource"].split(".") if p]
            for i, part in enumerate(parts):
                node = node.children.setdefault(part, ResourceNode(".".join(parts[: i + 1])))
            node.methods.append(
                _plan_method(
                    op_id,
                    verb,
                    path,
                    op,
                    entry["method"],
                    api,
                    package_dir,
                    events,
                    spec_ops,
                    docs_spec or spec,
                    paged_post=entry.get("page") == "post",
                )
            )
    if missing:
        raise ValueError("facade: operations without a name or module:\n  " + "\n  ".join(missing))
    _add_beta_aliases(root, names)
    _check_clashes(root)
    return root


def _add_beta_aliases(root: ResourceNode, names: dict[str, dict[str, str]]) -> None:
    """``client.beta.<x>`` for every SDK beta namespace we flattened to ``client.<x>``."""
    targets = sorted(
        {
            entry["sdk"].split(".")[1]
            for entry in names.values()
            if entry.get("sdk", "").startswith("beta.")
        }
        | set(BETA_ALSO)
    )
    if not targets or "beta" in root.children:
        return
    beta = ResourceNode("beta")
    beta.aliases = {t: root.children[t] for t in targets if t in root.children}
    root.children["beta"] = beta


def _check_clashes(node: ResourceNode) -> None:
    seen: set[str] = set()
    for method in node.methods:
        if method.name in seen or method.name in node.children or method.name in node.aliases:
            raise ValueError(f"facade: {node.path or 'client'}.{method.name} is defined twice")
        seen.add(method.name)
    for child in node.children.values():
        _check_clashes(child)
