"""Webhooks: signatures checked against reference vectors made by ``standardwebhooks``.

Every signed delivery below is produced in the test by the reference implementation; our
verifier must accept exactly those and refuse every tampered variant. The clock is
injected (``Webhooks(clock=...)``); the public client path freezes time with time-machine.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

import pytest
import time_machine
from integrations_openai_api.models.webhook_batch_completed import WebhookBatchCompleted
from integrations_openai_api.models.webhook_response_completed import WebhookResponseCompleted
from standardwebhooks.webhooks import Webhook

import integrations_openai
from integrations_openai import AsyncOpenAIClient, OpenAIClient
from integrations_openai.errors import (
    ConfigurationError,
    InvalidWebhookSignatureError,
    OpenAIError,
    ResponseDecodeError,
)
from integrations_openai.webhooks import Webhooks, parse_event, secret_key, sign, verify

RAW_KEY = bytes(range(32))
SECRET = "whsec_" + base64.b64encode(RAW_KEY).decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"another-secret-key-0123456789ab").decode()
NOW = 1_750_000_000
EVENT: dict[str, Any] = {
    "id": "evt_1",
    "object": "event",
    "type": "response.completed",
    "created_at": NOW,
    "data": {"id": "resp_1"},
}
PAYLOAD = json.dumps(EVENT, separators=(",", ":"))


def reference_headers(
    payload: str = PAYLOAD, *, secret: str = SECRET, timestamp: int = NOW, msg_id: str = "msg_1"
) -> dict[str, str]:
    """Headers as a Standard Webhooks sender makes them (the reference implementation)."""
    when = datetime.fromtimestamp(timestamp, tz=UTC)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": Webhook(secret).sign(msg_id, when, payload),
    }


def hooks(now: float = NOW, secret: str | None = SECRET) -> Webhooks:
    return Webhooks(secret, clock=lambda: now)


@pytest.fixture(autouse=True)
def _no_env_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)


def test_reference_vector_accepted_and_parsed_typed() -> None:
    event = hooks().unwrap(PAYLOAD, reference_headers())
    assert isinstance(event, WebhookResponseCompleted)
    assert event.id == "evt_1" and event.data.id == "resp_1"


def test_our_signature_equals_the_reference() -> None:
    reference = reference_headers()["webhook-signature"]
    assert sign(secret_key(SECRET), "msg_1", NOW, PAYLOAD) == reference
    assert sign(secret_key(SECRET), "msg_1", NOW, PAYLOAD.encode()) == reference


@pytest.mark.parametrize("payload", ["é ünïcode ✓", '{"a": "\\u00e9"}', ""])
def test_reference_vectors_over_varied_payloads(payload: str) -> None:
    headers = reference_headers(payload)
    hooks().verify_signature(payload, headers)
    hooks().verify_signature(payload.encode(), headers)  # bytes, as frameworks hand it over


def test_unpadded_and_plain_secrets() -> None:
    unpadded = SECRET.rstrip("=")
    assert secret_key(unpadded) == RAW_KEY
    # A secret without the prefix is used as text, as the official SDK does.
    assert secret_key("plain-text") == b"plain-text"


def test_several_signatures_any_match_passes() -> None:
    good = reference_headers()["webhook-signature"]
    stale = reference_headers(secret=OTHER_SECRET)["webhook-signature"]
    for header in (f"{stale} {good}", f"{good} {stale}", f"v1a,xyz {good}", f"  {good}  "):
        hooks().verify_signature(PAYLOAD, {**reference_headers(), "webhook-signature": header})


def test_headers_case_insensitive_and_pairs() -> None:
    headers = {k.upper(): v for k, v in reference_headers().items()}
    hooks().verify_signature(PAYLOAD, headers)
    hooks().verify_signature(PAYLOAD, list(reference_headers().items()))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"payload": PAYLOAD.replace("resp_1", "resp_2")}, "no webhook signature matches"),
        ({"secret": OTHER_SECRET}, "no webhook signature matches"),
        ({"webhook-id": "msg_2"}, "no webhook signature matches"),
        ({"webhook-timestamp": str(NOW + 1)}, "no webhook signature matches"),
        ({"webhook-signature": "v2,abc"}, "no webhook signature matches"),
        ({"webhook-signature": ""}, "no webhook signature matches"),
        ({"webhook-timestamp": "yesterday"}, "not a Unix time"),
    ],
)
def test_tampered_deliveries_refused(change: dict[str, Any], message: str) -> None:
    payload = change.pop("payload", PAYLOAD)
    secret = change.pop("secret", SECRET)
    headers: dict[str, Any] = reference_headers()
    for name, value in change.items():
        if value is None:
            del headers[name]
        else:
            headers[name] = value
    with pytest.raises(InvalidWebhookSignatureError, match=message) as caught:
        hooks(secret=secret).unwrap(payload, headers)
    assert isinstance(caught.value, OpenAIError) and isinstance(caught.value, ValueError)


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_a_delivery_without_its_headers_is_a_value_error_as_the_sdks(missing: str) -> None:
    """Not a failed verification: ``except InvalidWebhookSignatureError`` does not catch it
    (the SDK raises a plain ``ValueError``), ``except ValueError`` does."""
    headers = {k: v for k, v in reference_headers().items() if k != missing}
    with pytest.raises(ValueError, match=f"Could not find {missing} header") as caught:
        hooks().verify_signature(PAYLOAD, headers)
    assert isinstance(caught.value, ConfigurationError)
    assert not isinstance(caught.value, InvalidWebhookSignatureError)
    with pytest.raises(ConfigurationError, match="webhook-signature"):  # looked up first
        hooks().unwrap(PAYLOAD, {})


@pytest.mark.parametrize(
    ("skew", "ok"),
    [(-300, True), (300, True), (-301, False), (301, False), (-86_400, False), (86_400, False)],
)
def test_timestamp_tolerance_both_ways(skew: int, ok: bool) -> None:
    # The reference signs a delivery `skew` seconds away from our (injected) clock.
    headers = reference_headers(timestamp=NOW + skew)
    if ok:
        hooks().verify_signature(PAYLOAD, headers)
        return
    word = "too new" if skew > 0 else "too old"
    with pytest.raises(InvalidWebhookSignatureError, match=word):
        hooks().verify_signature(PAYLOAD, headers)


def test_custom_tolerance() -> None:
    headers = reference_headers(timestamp=NOW - 1000)
    hooks().verify_signature(PAYLOAD, headers, tolerance=1000)
    with pytest.raises(InvalidWebhookSignatureError, match="too old"):
        hooks().verify_signature(PAYLOAD, headers, tolerance=999)
    for bad in (-1, float("nan"), "300", True):
        with pytest.raises(ConfigurationError, match="tolerance"):
            hooks().verify_signature(PAYLOAD, headers, tolerance=bad)


def test_unknown_event_type_is_an_unknown_variant() -> None:
    payload = json.dumps({**EVENT, "type": "brand.new.event", "extra": [1, 2]})
    event = hooks().unwrap(payload, reference_headers(payload))
    assert type(event).__name__ == "UnknownVariant"
    assert event.type == "brand.new.event" and event["extra"] == [1, 2]


def test_known_type_with_odd_fields_stays_lenient() -> None:
    payload = json.dumps({"type": "batch.completed", "id": "evt_2", "data": None, "new": 1})
    event = hooks().unwrap(payload, reference_headers(payload))
    assert isinstance(event, WebhookBatchCompleted)
    assert event.id == "evt_2" and event.to_dict()["new"] == 1


@pytest.mark.parametrize("payload", ["not json", "[1, 2]", '"text"'])
def test_verified_but_unparseable_payload(payload: str) -> None:
    with pytest.raises(ResponseDecodeError, match="webhook payload"):
        hooks().unwrap(payload, reference_headers(payload))
    with pytest.raises(ResponseDecodeError):
        parse_event(payload)


def test_secret_problems_are_configuration_errors_without_the_secret() -> None:
    headers = reference_headers()
    with pytest.raises(ConfigurationError, match="OPENAI_WEBHOOK_SECRET"):
        hooks(secret=None).verify_signature(PAYLOAD, headers)
    for bad in ("whsec_!!!notbase64", "whsec_", ""):
        with pytest.raises(ConfigurationError) as caught:
            hooks().verify_signature(PAYLOAD, headers, secret=bad)
        assert "!!!notbase64" not in str(caught.value)
    with pytest.raises(ConfigurationError, match="webhook_secret"):
        Webhooks(123)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="raw body"):
        verify({"a": 1}, headers, key=RAW_KEY, now=NOW)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="mapping or"):
        verify(PAYLOAD, [1, 2], key=RAW_KEY, now=NOW)  # type: ignore[list-item]


def test_secret_never_in_repr() -> None:
    webhooks = hooks()
    assert SECRET not in repr(webhooks) and SECRET[6:20] not in repr(webhooks)


@pytest.mark.parametrize("cls", [OpenAIClient, AsyncOpenAIClient])
def test_client_webhooks_secret_from_argument_and_env(
    cls: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    headers = reference_headers()
    with time_machine.travel(datetime.fromtimestamp(NOW + 10, tz=UTC), tick=False):
        client = cls(api_key="sk-test", webhook_secret=SECRET)
        assert isinstance(client.webhooks.unwrap(PAYLOAD, headers), WebhookResponseCompleted)
        assert SECRET not in repr(client) and SECRET not in repr(client.config)
        # the copy shares the secret
        client.with_options(max_retries=1).webhooks.verify_signature(PAYLOAD, headers)

        monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
        from_env = cls(api_key="sk-test")
        from_env.webhooks.verify_signature(PAYLOAD, headers)
        # an explicit secret= wins over the client's
        with pytest.raises(InvalidWebhookSignatureError):
            from_env.webhooks.verify_signature(PAYLOAD, headers, secret=OTHER_SECRET)
    # the real clock is far past NOW: the same delivery is now a stale replay
    with pytest.raises(InvalidWebhookSignatureError, match="too old"):
        from_env.webhooks.verify_signature(PAYLOAD, headers)


def test_client_without_secret_and_bad_secret_type() -> None:
    client = OpenAIClient(api_key="sk-test")
    with pytest.raises(ConfigurationError, match="no webhook secret"):
        client.webhooks.unwrap(PAYLOAD, reference_headers())
    with pytest.raises(ConfigurationError, match="webhook_secret"):
        OpenAIClient(api_key="sk-test", webhook_secret=42)  # type: ignore[arg-type]


def test_public_exports() -> None:
    import integrations_openai.webhooks as module

    assert integrations_openai.InvalidWebhookSignatureError is InvalidWebhookSignatureError
    public = {n for n, v in vars(module).items() if not n.startswith("_") and n != "annotations"}
    public = {n for n in public if not isinstance(getattr(module, n), type(module))}
    assert public == set(module.__all__) and len(module.__all__) == len(set(module.__all__))
