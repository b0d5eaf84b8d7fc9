"""Masking of secrets: values the process holds are masked whatever their shape."""

from __future__ import annotations

from integrations_openai import _redact
from integrations_openai._secret import Secret


def test_a_key_of_any_shape_is_masked_once_the_client_holds_it() -> None:
    # An Azure key is 32 hex digits: no pattern tells it from an id, so the value itself is
    # remembered when a Secret is made (and when a key source returns it).
    azure_key = "0123456789abcdef0123456789abcdef"
    rotated = "fedcba9876543210fedcba9876543210"
    assert _redact.redact_text(f"echo {azure_key}") == f"echo {azure_key}"
    Secret(azure_key)
    assert _redact.redact_text(f"echo {azure_key}!") == "echo ***!"
    Secret(lambda: rotated).get_secret_value()
    assert rotated not in _redact.redact_text(f"{rotated}{azure_key}")
    _redact.remember_secret("short")  # too short to mask safely: ordinary words stay
    assert _redact.redact_text("a short word") == "a short word"


def test_a_text_masked_before_a_secret_is_remembered_is_masked_again_after() -> None:
    value = "a1b2c3d4e5f6a7b8c9d0"  # no key shape: only remembering it masks it
    text = f"id {value}"
    assert _redact.redact_text(text) == text
    assert _redact.redact_text(text) == text  # served from the memo
    _redact.remember_secret(value)
    assert _redact.redact_text(text) == "id ***"
    assert _redact.redact_text("x" * 300 + value) == "x" * 300 + "***"  # long: not memoised
