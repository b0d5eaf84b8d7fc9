"""GenAI facts of a call, per the OpenTelemetry GenAI semantic conventions: what was asked
(operation, model, parameters) and what came back (ids, finish reasons, token usage).

Pure functions over the request body and the typed result (or the final stream event), so
every listener reads the same facts, parsed once. Attribute names are the conventions'
strings, written here (the ``opentelemetry-semantic-conventions`` package is an optional
extra); the tests check each one against the package's constants.
"""

from __future__ import annotations

import enum
import keyword
import os
import re
import sys
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs
from integrations_openai_api._runtime.lenient import UnknownVariant

from .._redact import redact_text

__all__ = [
    "CAPTURE_ENV",
    "GENAI_OPERATIONS",
    "CallFacts",
    "CallResult",
    "capture_enabled",
    "count_unknown",
    "request_facts",
    "result_facts",
]

#: The conventions' opt-in switch for prompt and completion content.
CAPTURE_ENV = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"

# Operation id -> the conventions' ``gen_ai.operation.name`` well-known value. The Responses
# API is a conversation turn with messages in and out, like chat completions, so it is
# ``chat`` (``generate_content`` names multimodal content APIs of other providers); dashboards
# then show both chat APIs side by side. Everything else is not a GenAI operation.
GENAI_OPERATIONS: Mapping[str, str] = {
    "createChatCompletion": "chat",
    "createResponse": "chat",
    "createCompletion": "text_completion",
    "createEmbedding": "embeddings",
}

# Which of OpenAI's two chat APIs a ``chat`` span is (``openai.api.type``).
_API_TYPES: Mapping[str, str] = {
    "createChatCompletion": "chat_completions",
    "createResponse": "responses",
}

# Request body field -> attribute (only numbers, strings and lists of strings leave).
_REQUEST_PARAMS: Mapping[str, str] = {
    "temperature": "gen_ai.request.temperature",
    "top_p": "gen_ai.request.top_p",
    "max_tokens": "gen_ai.request.max_tokens",
    "max_completion_tokens": "gen_ai.request.max_tokens",
    "max_output_tokens": "gen_ai.request.max_tokens",
    "frequency_penalty": "gen_ai.request.frequency_penalty",
    "presence_penalty": "gen_ai.request.presence_penalty",
    "seed": "gen_ai.request.seed",
    "n": "gen_ai.request.choice.count",
    "stop": "gen_ai.request.stop_sequences",
    "encoding_format": "gen_ai.request.encoding_formats",
    "service_tier": "openai.request.service_tier",
}
_LIST_ATTRIBUTES = frozenset({"gen_ai.request.stop_sequences", "gen_ai.request.encoding_formats"})
_CONTENT_FIELDS = ("messages", "input", "prompt", "instructions")
_CONTENT_LIMIT = 8192  # characters of captured content per attribute


def capture_enabled(environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT`` opts in (``true``/``1``)."""
    value = (os.environ if environ is None else environ).get(CAPTURE_ENV, "")
    return value.strip().lower() in {"true", "1", "yes", "on"}


@attrs.frozen(slots=True)
class CallFacts:
    """What a facade call asks: ``operation`` (GenAI name, or the operation id for other
    calls), ``operation_id``, ``model`` and the request parameters as span attributes.
    ``content`` is the raw prompt fields, kept only for listeners that opted in to capture;
    ``body`` the whole request body (a reference, not a copy) for sampled debug logs."""

    operation: str
    operation_id: str
    model: str | None = None
    genai: bool = False
    stream: bool = False
    attributes: tuple[tuple[str, Any], ...] = ()
    content: Mapping[str, Any] | None = attrs.field(default=None, repr=False, eq=False)
    body: Mapping[str, Any] | None = attrs.field(default=None, repr=False, eq=False)


@attrs.frozen(slots=True)
class CallResult:
    """What came back: ids, finish reasons and token counts (``None``: not reported);
    ``output`` (choices or output items) and ``body`` (the typed result, or a stream's final
    event) are references kept for opted-in content capture and sampled debug logs."""

    response_id: str | None = None
    response_model: str | None = None
    finish_reasons: tuple[str, ...] = ()
    input_tokens: int | None = None
    output_tokens: int | None = None
    cached_tokens: int | None = None
    reasoning_tokens: int | None = None
    service_tier: str | None = None
    system_fingerprint: str | None = None
    unknown_variants: int = 0
    output: Any = attrs.field(default=None, repr=False, eq=False)
    body: Any = attrs.field(default=None, repr=False, eq=False)


def _scalar(value: object) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def request_facts(
    operation_id: str, body: Mapping[str, object] | None, *, stream: bool = False
) -> CallFacts:
    """The facts of one facade call from its operation id and body (sentinels skipped)."""
    genai = operation_id in GENAI_OPERATIONS
    operation = GENAI_OPERATIONS.get(operation_id, operation_id)
    model: str | None = None
    attributes: list[tuple[str, Any]] = []
    content: dict[str, Any] | None = None
    api_type = _API_TYPES.get(operation_id)
    if api_type is not None:
        attributes.append(("openai.api.type", api_type))
    if body:
        value = body.get("model")
        model = value if isinstance(value, str) else None
        if genai:
            # The body's few keys drive the loop, not the table's dozen parameters.
            for field, value in body.items():
                name = _REQUEST_PARAMS.get(field)
                if name is None:
                    continue
                if name in _LIST_ATTRIBUTES:
                    if isinstance(value, str):
                        attributes.append((name, (value,)))
                    elif isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
                        attributes.append((name, tuple(value)))
                elif _scalar(value):
                    attributes.append((name, value))
            content = {f: body[f] for f in _CONTENT_FIELDS if f in body} or None
    return CallFacts(
        operation=operation,
        operation_id=operation_id,
        model=model,
        genai=genai,
        stream=stream,
        attributes=tuple(attributes),
        content=content,
        body=body,
    )


_MISSING = object()
_TYPES_LIMIT = 1024  # distinct classes remembered per cache below (a program has a few dozen)
# Per class: whether a missing attribute is read as a key instead (a ``Mapping`` that is not
# a dict). ``isinstance(x, Mapping)`` is an ABC check, far dearer than the lookup it guards.
_MAPPINGS: dict[type, bool] = {}


def _is_mapping(cls: type) -> bool:
    mapping = _MAPPINGS.get(cls)
    if mapping is None:
        if len(_MAPPINGS) >= _TYPES_LIMIT:
            _MAPPINGS.clear()
        mapping = _MAPPINGS[cls] = issubclass(cls, Mapping)
    return mapping


def _get(obj: object, name: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, dict):  # raw JSON (stream chunks read as dicts): the common case
        return obj.get(name)
    value = getattr(obj, name, _MISSING)
    if value is _MISSING:
        return obj.get(name) if _is_mapping(type(obj)) else None  # type: ignore[attr-defined]
    return value


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: object) -> str | None:
    # Server-supplied text: masked here, at the source, so no listener sees a key that a
    # hostile upstream echoed into an id, a model name or a finish reason.
    return redact_text(value) if isinstance(value, str) and value else None


_WALK_BUDGET = 256  # containers visited per result: the count is a signal, not an audit
# Values that hold nothing to walk (raw JSON objects included): never pushed on the stack.
_LEAVES = frozenset({str, int, float, bool, type(None), bytes, dict})

# Which fields of a generated model can hold an ``UnknownVariant``, read once per class from
# its annotations: a union that lists ``UnknownVariant``, or a model that can hold one. Only
# union parsing makes an ``UnknownVariant`` (a field that fails to parse keeps raw JSON), so
# the walk skips the rest: token counts, ids, enums, logprobs.
_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_PLAIN_NAMES = frozenset(
    {"str", "int", "float", "bool", "None", "bytes", "Literal", "list", "dict", "tuple",
     "Any", "ClassVar", "datetime", "date", "Unset", "File"}
)  # fmt: skip
_WALKED: dict[type, tuple[str, ...]] = {}
_HOLDS: dict[type, bool] = {}


def _resolve(cls: type, name: str) -> object:
    found = getattr(sys.modules.get(cls.__module__), name, None)
    if found is None:  # a lazily imported model: the models package resolves it
        package = sys.modules.get(cls.__module__.rpartition(".")[0])
        found = getattr(package, name, None)
    return found


def _may_hold(annotation: str, owner: type) -> bool:
    for name in _TOKEN.findall(_QUOTED.sub("", annotation)):
        if name in _PLAIN_NAMES:
            continue
        if name == "UnknownVariant":
            return True
        found = _resolve(owner, name)
        if (isinstance(found, type) and issubclass(found, enum.Enum)) or (
            typing.get_origin(found) is typing.Literal
        ):
            continue
        if not isinstance(found, type) or _holds_unknown(found):
            return True  # anything not understood is walked
    return False


def _holds_unknown(cls: type) -> bool:
    holds = _HOLDS.get(cls)
    if holds is None:
        # A generated model may have no field at all (an object of extra keys only).
        if getattr(cls, "_attr_names_", None) is None:
            return not issubclass(cls, enum.Enum)  # not a generated model: walk it
        _HOLDS[cls] = True  # a model that contains itself: assume so while looking
        holds = _HOLDS[cls] = bool(_walked_fields(cls))
    return holds


def _walked_fields(cls: type) -> tuple[str, ...]:
    names = _WALKED.get(cls)
    if names is None:
        try:
            hints = {
                k: v
                for c in reversed(cls.__mro__)
                for k, v in vars(c).get("__annotations__", {}).items()
            }
            names = tuple(
                n
                for n in cls._attr_names_  # type: ignore[attr-defined]
                if not isinstance(hints.get(n), str) or _may_hold(hints[n], cls)
            )
        except Exception:  # an annotation this reading does not follow: walk every field
            names = tuple(cls._attr_names_)  # type: ignore[attr-defined]
        if len(_WALKED) >= 4096:
            _WALKED.clear()
        _WALKED[cls] = names
    return names


def count_unknown(value: object, budget: int = _WALK_BUDGET) -> int:
    """``UnknownVariant`` objects in a typed result (a bounded walk over models and lists):
    the API sent a union member this client's spec does not know yet."""
    # Runs on every result a listener wants: exact-class tests first, the ABC-backed
    # ``isinstance`` (UnknownVariant is a Mapping) only for what is neither model nor list,
    # and per model only the fields that can hold an unknown member.
    leaves = _LEAVES
    walked = _WALKED
    found = 0
    stack: list[Any] = [value]
    while stack and budget > 0:
        item = stack.pop()
        budget -= 1
        cls = item.__class__
        if cls is list:
            stack.extend([v for v in item if v.__class__ not in leaves])
            continue
        names = walked.get(cls)
        if names is None:
            names = _walked_fields(cls) if getattr(cls, "_attr_names_", None) is not None else None
        if names is not None:
            for name in names:
                field = getattr(item, name)
                if field.__class__ not in leaves:
                    stack.append(field)
        elif isinstance(item, UnknownVariant):
            found += 1
        elif isinstance(item, list | tuple):
            stack.extend([v for v in item if v.__class__ not in leaves])
    return found


# The fields ``result_facts`` reads, fetched in one pass per object (a result, its usage).
_RESULT_FIELDS = (
    "response", "type", "usage", "choices", "id", "model", "service_tier",
    "system_fingerprint", "status", "incomplete_details", "output",
)  # fmt: skip
_USAGE_FIELDS = (
    "input_tokens", "prompt_tokens", "output_tokens", "completion_tokens",
    "input_tokens_details", "prompt_tokens_details",
    "output_tokens_details", "completion_tokens_details",
)  # fmt: skip


_Reader = Callable[[Any], Sequence[Any]]
# Per class: a reader of the result's fields, and of a usage object's, in one call each.
# Built once per class; keyed by the class alone (a tuple key would be hashed every call).
_RESULT_READERS: dict[type, _Reader] = {}
_USAGE_READERS: dict[type, _Reader] = {}


def _reader(cls: type, names: tuple[str, ...]) -> _Reader:
    if cls is dict:
        return lambda obj: list(map(obj.get, names))
    if _is_mapping(cls):  # a Mapping that is not a dict: attributes, then keys
        return lambda obj: [_get(obj, name) for name in names]
    fields = getattr(cls, "_attr_names_", ())
    present = tuple(name for name in names if name in fields)
    if not present or any(n not in fields and hasattr(cls, n) for n in names):
        # Not a generated model (or None), or one with a property of such a name.
        return lambda obj: [getattr(obj, name, None) for name in names]
    # A generated model sets every field in ``__init__``: one compiled tuple display reads
    # the fields its class has, ``None`` where it has none (as attrs compiles its methods;
    # half the cost of an ``attrgetter`` plus reordering). Only field names that are
    # identifiers enter the source.
    if not all(n.isidentifier() and not keyword.iskeyword(n) for n in present):
        return lambda obj: [getattr(obj, name, None) for name in names]
    items = "".join(f"obj.{n}, " if n in present else "None, " for n in names)
    source = (
        "def values(obj):\n"
        f"    try:\n        return ({items})\n"
        "    except AttributeError:\n"  # a field left unset by a hand-made instance
        "        return [getattr(obj, name, None) for name in names]\n"
    )
    scope: dict[str, Any] = {"names": names}
    exec(source, scope)
    return scope["values"]  # type: ignore[no-any-return]


def _fields(obj: object, names: tuple[str, ...], readers: dict[type, _Reader]) -> Sequence[Any]:
    """``_get(obj, name)`` for each of ``names``, in one call (the result path runs per call);
    ``readers`` is the cache of ``names``' readers."""
    cls = obj.__class__
    reader = readers.get(cls)
    if reader is None:
        if len(readers) >= _TYPES_LIMIT:
            readers.clear()
        reader = readers[cls] = _reader(cls, names)
    return reader(obj)


def result_facts(result: object, *, walk: bool = False) -> CallResult:
    """The facts of a typed result or a final stream event (a model, a mapping, or a
    ``response.completed`` event whose ``response`` holds them); unknown shapes give an
    empty ``CallResult``, never an error. ``walk`` counts unknown union members."""
    unknown = count_unknown(result) if walk else 0
    fields = _fields(result, _RESULT_FIELDS, _RESULT_READERS)
    if fields[0] is not None and fields[1] is not None:
        result = fields[0]  # a Responses stream event carrying the final response
        fields = _fields(result, _RESULT_FIELDS, _RESULT_READERS)
    _, _, usage, choices, rid, model, tier, fingerprint, status, details, output = fields
    reasons: list[str] = []
    if choices.__class__ is list or isinstance(choices, (list, tuple)):  # tuple: faster than |
        for choice in choices:
            reason = (
                choice.get("finish_reason")
                if choice.__class__ is dict
                else _get(choice, "finish_reason")
            )
            if reason and isinstance(reason, str):
                reasons.append(redact_text(reason))
    else:
        status = _str(status)
        if status is not None:
            reason = _str(_get(details, "reason")) if details is not None else None
            reasons.append(reason or status)
    (
        input_tokens, prompt_tokens, output_tokens, completion_tokens,
        input_details, prompt_details, output_details, completion_details,
    ) = _fields(usage, _USAGE_FIELDS, _USAGE_READERS)  # fmt: skip
    input_details = input_details or prompt_details
    output_details = output_details or completion_details
    # ``_int``/``_str`` written out: this runs once per call a listener wants.
    if input_tokens.__class__ is not int:  # the Responses API's name, else chat's
        input_tokens = input_tokens if _int(input_tokens) is not None else _int(prompt_tokens)
    if output_tokens.__class__ is not int:
        output_tokens = (
            output_tokens if _int(output_tokens) is not None else _int(completion_tokens)
        )
    return CallResult(  # positional (every field, in order): cheaper than keywords
        redact_text(rid) if isinstance(rid, str) and rid else None,
        redact_text(model) if isinstance(model, str) and model else None,
        tuple(reasons),
        input_tokens,
        output_tokens,
        _int(_get(input_details, "cached_tokens")) if input_details else None,
        _int(_get(output_details, "reasoning_tokens")) if output_details else None,
        redact_text(tier) if isinstance(tier, str) and tier else None,
        redact_text(fingerprint) if isinstance(fingerprint, str) and fingerprint else None,
        unknown,
        choices if choices is not None else output,
        result,
    )


def content_text(value: object) -> str:
    """Captured content as bounded JSON text (models through ``to_dict``)."""
    import json

    def default(obj: object) -> Any:
        to_dict = getattr(obj, "to_dict", None)
        return to_dict() if callable(to_dict) else repr(obj)

    try:
        text = json.dumps(value, default=default, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text[:_CONTENT_LIMIT]
