"""Security decisions, as pure functions: TLS context, plain-HTTP refusal, same-origin checks.

The auth transport and the config validation call these; nothing here does I/O.
"""

from __future__ import annotations

import functools
import ipaddress
import ssl

import httpx

from ..errors import ConfigurationError

__all__ = [
    "MINIMUM_TLS_VERSION",
    "create_ssl_context",
    "insecure_http_refused",
    "is_loopback_host",
    "origin_of",
    "same_origin",
]

MINIMUM_TLS_VERSION = ssl.TLSVersion.TLSv1_2


def create_ssl_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """Certificates verified, hostnames checked, nothing older than TLS 1.2.

    ``ca_bundle`` (a PEM file) replaces the system trust store, for corporate proxies; one
    that cannot be read or holds no certificate is a ``ConfigurationError`` naming it.
    """
    try:
        context = ssl.create_default_context(cafile=ca_bundle)
    except (OSError, ssl.SSLError) as exc:  # SSLError is an OSError; named for the reader
        raise ConfigurationError(f"ca_bundle {ca_bundle!r} cannot be loaded: {exc}") from None
    context.minimum_version = MINIMUM_TLS_VERSION
    # create_default_context already sets these; restated because they are the contract.
    context.verify_mode = ssl.CERT_REQUIRED
    context.check_hostname = True
    return context


# Checked before every plain-http attempt: an address parse per call otherwise.
@functools.lru_cache(maxsize=64)
def is_loopback_host(host: str) -> bool:
    """``localhost``, ``127.0.0.0/8`` or ``::1``: traffic that never leaves the machine."""
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def insecure_http_refused(url: httpx.URL, *, allow_insecure_http: bool) -> bool:
    """True when ``url`` is plain ``http://`` to a host off this machine and that is not allowed."""
    return url.scheme == "http" and not allow_insecure_http and not is_loopback_host(url.host)


def origin_of(url: httpx.URL) -> tuple[str, str, int | None]:
    """(scheme, host, effective port): two URLs share an origin when these are equal."""
    default_port = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host.lower(), url.port or default_port


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    """Whether credentials meant for ``a`` may be sent to ``b``."""
    return origin_of(a) == origin_of(b)
