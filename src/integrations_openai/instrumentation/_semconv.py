"""GenAI semantic-convention attributes and the ``gen_ai.client.*`` metric instruments.

Names are the conventions' strings (checked against ``opentelemetry-semantic-conventions``
by the tests); bucket boundaries are the ones the conventions recommend. The metrics API is
imported when ``SemconvMetrics`` is built (by the OpenTelemetry listener), never at import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._redact import redact_text
from ._events import OperationEnd
from ._genai import CallFacts, CallResult

if TYPE_CHECKING:
    from opentelemetry.metrics import MeterProvider

__all__ = [
    "ATTR_OPERATION",
    "ATTR_PROVIDER",
    "ATTR_REQUEST_MODEL",
    "ATTR_UNKNOWN",
    "DURATION_BUCKETS",
    "PROVIDER",
    "TOKEN_BUCKETS",
    "SemconvMetrics",
    "operation_attributes",
    "result_attributes",
]

PROVIDER = "openai"
ATTR_OPERATION = "gen_ai.operation.name"
ATTR_PROVIDER = "gen_ai.provider.name"
ATTR_REQUEST_MODEL = "gen_ai.request.model"
ATTR_RESPONSE_MODEL = "gen_ai.response.model"
ATTR_RESPONSE_ID = "gen_ai.response.id"
ATTR_FINISH_REASONS = "gen_ai.response.finish_reasons"
ATTR_INPUT_TOKENS = "gen_ai.usage.input_tokens"
ATTR_OUTPUT_TOKENS = "gen_ai.usage.output_tokens"
ATTR_CACHED_TOKENS = "gen_ai.usage.cache_read.input_tokens"
ATTR_REASONING_TOKENS = "gen_ai.usage.reasoning.output_tokens"
ATTR_RESPONSE_SERVICE_TIER = "openai.response.service_tier"
ATTR_FINGERPRINT = "openai.response.system_fingerprint"
ATTR_TOKEN_TYPE = "gen_ai.token.type"
ATTR_REQUEST_STREAM = "gen_ai.request.stream"
#: Not a convention: union members (event types, output items) newer than the pinned spec.
ATTR_UNKNOWN = "openai.response.unknown_variants"

METRIC_TOKEN_USAGE = "gen_ai.client.token.usage"
METRIC_DURATION = "gen_ai.client.operation.duration"
METRIC_TTFC = "gen_ai.client.operation.time_to_first_chunk"
METRIC_PER_CHUNK = "gen_ai.client.operation.time_per_output_chunk"

#: Recommended by the conventions for ``gen_ai.client.token.usage``.
TOKEN_BUCKETS = (1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864)  # fmt: skip
#: Recommended for ``gen_ai.client.operation.duration`` and time to first chunk.
DURATION_BUCKETS = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92)  # fmt: skip
#: Recommended for per-output-token / per-chunk times.
CHUNK_BUCKETS = (0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5)


def operation_attributes(facts: CallFacts, into: dict[str, Any] | None = None) -> dict[str, Any]:
    """Span attributes of what a GenAI call asked (operation, provider, model, parameters),
    added to ``into`` when given (one dict per span, handed to the SDK once)."""
    attributes: dict[str, Any] = {} if into is None else into
    attributes[ATTR_OPERATION] = facts.operation
    attributes[ATTR_PROVIDER] = PROVIDER
    if facts.model is not None:
        attributes[ATTR_REQUEST_MODEL] = facts.model
    if facts.stream:
        attributes[ATTR_REQUEST_STREAM] = True
    attributes.update(facts.attributes)
    return attributes


def result_attributes(
    result: CallResult, *, genai: bool = True, into: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Span attributes of what came back (server-supplied strings masked), added to
    ``into`` when given."""
    attributes: dict[str, Any] = {} if into is None else into
    if result.unknown_variants:
        attributes[ATTR_UNKNOWN] = result.unknown_variants
    if result.response_id is not None:
        attributes[ATTR_RESPONSE_ID] = redact_text(result.response_id)
    if not genai:
        return attributes
    if result.response_model is not None:
        attributes[ATTR_RESPONSE_MODEL] = redact_text(result.response_model)
    if result.finish_reasons:
        attributes[ATTR_FINISH_REASONS] = tuple(redact_text(r) for r in result.finish_reasons)
    if result.input_tokens is not None:
        attributes[ATTR_INPUT_TOKENS] = result.input_tokens
    if result.output_tokens is not None:
        attributes[ATTR_OUTPUT_TOKENS] = result.output_tokens
    if result.cached_tokens is not None:
        attributes[ATTR_CACHED_TOKENS] = result.cached_tokens
    if result.reasoning_tokens is not None:
        attributes[ATTR_REASONING_TOKENS] = result.reasoning_tokens
    if result.service_tier is not None:
        attributes[ATTR_RESPONSE_SERVICE_TIER] = redact_text(result.service_tier)
    if result.system_fingerprint is not None:
        attributes[ATTR_FINGERPRINT] = redact_text(result.system_fingerprint)
    return attributes


def _metric_attributes(
    facts: CallFacts,
    server: Mapping[str, str | int],
    error: str | None,
    response_model: str | None = None,
) -> dict[str, Any]:
    attributes: dict[str, Any] = {ATTR_OPERATION: facts.operation, ATTR_PROVIDER: PROVIDER}
    if facts.model is not None:
        attributes[ATTR_REQUEST_MODEL] = facts.model
    if response_model is not None:
        attributes[ATTR_RESPONSE_MODEL] = redact_text(response_model)
    attributes.update(server)
    if error is not None:
        attributes["error.type"] = error
    return attributes


# Distinct metric attribute sets kept ready (operation x model x host x outcome): beyond
# this many the cache starts over, so a flood of odd models costs time, never memory.
_SETS_LIMIT = 1024
_AttributeSets = tuple[dict[str, Any], dict[str, Any], dict[str, Any], Mapping[str, str | int]]


class SemconvMetrics:
    """The four ``gen_ai.client.*`` histograms on one meter (global provider by default).

    The attribute dictionaries of a call (one per token type, one without) are built once
    per distinct operation, model, server and outcome, then reused: the SDK copies what it
    keeps, and nothing here mutates them after they are built.
    """

    __slots__ = ("_duration", "_per_chunk", "_sets", "_tokens", "_ttfc")

    def __init__(self, meter_provider: MeterProvider | None = None) -> None:
        from opentelemetry import metrics

        from .._version import __version__

        meter = metrics.get_meter("integrations_openai", __version__, meter_provider=meter_provider)
        self._sets: dict[tuple[Any, ...], _AttributeSets] = {}
        self._tokens = meter.create_histogram(
            METRIC_TOKEN_USAGE,
            unit="{token}",
            description="Number of input and output tokens used.",
            explicit_bucket_boundaries_advisory=list(TOKEN_BUCKETS),
        )
        self._duration = meter.create_histogram(
            METRIC_DURATION,
            unit="s",
            description="GenAI operation duration.",
            explicit_bucket_boundaries_advisory=list(DURATION_BUCKETS),
        )
        self._ttfc = meter.create_histogram(
            METRIC_TTFC,
            unit="s",
            description="Time to receive the first chunk of a streamed response.",
            explicit_bucket_boundaries_advisory=list(DURATION_BUCKETS),
        )
        self._per_chunk = meter.create_histogram(
            METRIC_PER_CHUNK,
            unit="s",
            description="Mean time per output chunk after the first one.",
            explicit_bucket_boundaries_advisory=list(CHUNK_BUCKETS),
        )

    def _attribute_sets(
        self,
        facts: CallFacts,
        server: Mapping[str, str | int],
        error: str | None,
        response_model: str | None = None,
    ) -> _AttributeSets:
        # ``server`` is the listener's per-endpoint mapping, made once per URL: its identity
        # stands for its items while the entry holds it (checked, so a reused id misses).
        key = (facts.operation, facts.model, id(server), error, response_model)
        sets = self._sets.get(key)
        if sets is None or sets[3] is not server:
            if len(self._sets) >= _SETS_LIMIT:
                self._sets.clear()
            base = _metric_attributes(facts, server, error, response_model)
            sets = (
                base,
                {**base, ATTR_TOKEN_TYPE: "input"},
                {**base, ATTR_TOKEN_TYPE: "output"},
                server,
            )
            self._sets[key] = sets
        return sets

    def record(self, event: OperationEnd, server: Mapping[str, str | int]) -> None:
        """Record one finished GenAI call."""
        result = event.result
        attributes, inputs, outputs, _ = self._attribute_sets(
            event.facts, server, event.error, result.response_model if result else None
        )
        self._duration.record(event.elapsed, attributes)
        if result is not None:
            if result.input_tokens is not None:
                self._tokens.record(result.input_tokens, inputs)
            if result.output_tokens is not None:
                self._tokens.record(result.output_tokens, outputs)
        ttfc = event.time_to_first_chunk
        if ttfc is not None:
            self._ttfc.record(ttfc, attributes)
            if event.chunks > 1:
                self._per_chunk.record(
                    max(event.elapsed - ttfc, 0.0) / (event.chunks - 1), attributes
                )

    def record_failure(
        self,
        facts: CallFacts,
        server: Mapping[str, str | int],
        error: str | None,
        elapsed: float,
    ) -> None:
        """Record a GenAI call that failed before any result (HTTP error, network...)."""
        attributes = self._attribute_sets(facts, server, error)[0]
        self._duration.record(max(elapsed, 0.0), attributes)
