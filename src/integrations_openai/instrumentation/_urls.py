"""URL helpers shared by the tracing and metrics listeners: what of a URL may leave."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from urllib.parse import SplitResult, urlsplit, urlunsplit

from .._redact import redact_text

__all__ = ["endpoint", "host_of", "safe_url", "split_host"]


def _split(url: str) -> tuple[SplitResult, str] | None:
    """``url`` split, with its ``host[:port]`` (IPv6 in brackets); ``None`` if malformed."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return None
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return parts, f"{host}:{port}" if port is not None else host


# Calls repeat a handful of URLs; parsing + masking is a tenth of a span's cost, so remember it.
@lru_cache(maxsize=512)
def safe_url(url: str) -> str:
    """``url`` without credentials, query or fragment, with key-shaped text masked.

    The telemetry layer already drops the query; this is the second line of defence, since
    a listener may be fed events from elsewhere.
    """
    split = _split(url)
    if split is None:
        return redact_text(url.split("?", 1)[0].split("#", 1)[0])
    parts, netloc = split
    return redact_text(urlunsplit((parts.scheme, netloc, parts.path, "", "")))


@lru_cache(maxsize=512)
def host_of(url: str) -> str:
    """``host[:port]`` of ``url`` (the form breaker and limiter events use), or ``""``."""
    split = _split(url)
    return "" if split is None else split[1]


def split_host(netloc: str) -> dict[str, str | int]:
    """OTel ``server.address`` / ``server.port`` attributes for a ``host[:port]`` string."""
    try:
        parts = urlsplit(f"//{netloc}")
        host = parts.hostname
        port = parts.port
    except ValueError:
        return {"server.address": netloc}
    attributes: dict[str, str | int] = {"server.address": host or netloc}
    if port is not None:
        attributes["server.port"] = port
    return attributes


@lru_cache(maxsize=512)
def endpoint(url: str) -> tuple[str, Mapping[str, str | int]]:
    """``safe_url(url)`` and its ``server.*`` attributes (read-only), parsed once per URL:
    a listener pays a dictionary lookup per call, not a parse and a redaction."""
    safe = safe_url(url)
    return safe, MappingProxyType(split_host(host_of(safe)))
