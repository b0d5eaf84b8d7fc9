"""Masking of secrets in text that may leave the process (logs, spans, exceptions, reprs)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping

__all__ = ["SENSITIVE_HEADERS", "mask_secret", "redact_headers", "redact_text", "remember_secret"]

# Secret values this process was given (API keys of any shape: Azure keys are 32 hex digits,
# which no pattern can tell from an id). Replaced as a whole tuple under the lock, so readers
# iterate a snapshot without locking; bounded, newest kept.
_KNOWN: tuple[str, ...] = ()
_KNOWN_LOCK = threading.Lock()
_KNOWN_MAX = 32
_KNOWN_MIN_LENGTH = 8  # shorter values would mask ordinary words

# Short texts already masked (model names, finish reasons, service tiers repeat on every
# call's telemetry): a dictionary hit instead of a scan. Replaced whole, after ``_KNOWN``,
# whenever a secret is remembered, so no text masked without it is served again.
_MEMO: dict[str, str] = {}
_MEMO_MAX = 1024
_MEMO_TEXT_MAX = 256

# OpenAI keys (sk-..., sk-proj-..., sk-svcacct-..., sess-...) and bearer tokens in free text.
# Not ``\b``: an underscore is a word character, and "req_sk-..." (a key glued into an id)
# must be caught too; only a preceding letter or digit ("risk-...") rules a match out.
_KEY_PATTERN = re.compile(r"(?<![A-Za-z0-9])(sk|sess)-[A-Za-z0-9_\-*]{6,}")
_BEARER_PATTERN = re.compile(r"(?i)(?<![A-Za-z0-9])bearer\s+[A-Za-z0-9._~+/\-=*]+")

SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "openai-organization",
        "openai-project",
        "cookie",
        "set-cookie",
        "api-key",
        "x-api-key",
    }
)


# What a server that masked a key itself sends back: ``sk-proj-****...abcd`` (only the key's
# kind and a short tail visible). That text stays as is: the tail is what tells the caller
# which key was refused, and it reveals no more than the server chose to.
_PREMASKED = re.compile(r"(sk|sess)-(?:[a-z]+-)?\*{3,}[A-Za-z0-9]{0,6}")


def _mask_key(match: re.Match[str]) -> str:
    token = match.group(0)
    return token if _PREMASKED.fullmatch(token) else f"{match.group(1)}-***"


def mask_secret(value: str) -> str:
    """A fixed-width mask that reveals nothing but whether a value is set."""
    return "***" if value else "<empty>"


def remember_secret(value: str) -> None:
    """Mask ``value`` wherever ``redact_text`` runs from now on (a key of any shape)."""
    global _KNOWN, _MEMO
    if len(value) < _KNOWN_MIN_LENGTH or value in _KNOWN:
        return
    with _KNOWN_LOCK:
        if value not in _KNOWN:
            _KNOWN = (value, *_KNOWN)[:_KNOWN_MAX]
            _MEMO = {}


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """Replace known secrets and anything shaped like an API key or bearer token."""
    if secrets or len(text) > _MEMO_TEXT_MAX:
        return _redact(text, secrets)
    memo = _MEMO  # read before ``_KNOWN`` (see ``remember_secret``)
    masked = memo.get(text)
    if masked is None:
        masked = _redact(text, ())
        if len(memo) >= _MEMO_MAX:
            memo.clear()  # bounded: ids never repeat, and must not grow memory
        memo[text] = masked
    return masked


def _redact(text: str, secrets: Iterable[str]) -> str:
    for secret in (*secrets, *_KNOWN) if secrets else _KNOWN:  # no tuple built per call
        if secret and secret in text:
            text = text.replace(secret, "***")
    # Fast path (request ids, most messages): neither pattern can match without these.
    if "sk-" not in text and "sess-" not in text and "bearer" not in text.lower():
        return text
    text = _BEARER_PATTERN.sub("Bearer ***", text)
    return _KEY_PATTERN.sub(_mask_key, text)


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of ``headers`` with credentials and cookies masked."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {
        name: ("***" if name.lower() in SENSITIVE_HEADERS else redact_text(value))
        for name, value in items
    }
