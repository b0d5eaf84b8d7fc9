"""What ``copy()``/``with_options()`` decide, as pure functions over configs and keywords.

``config_args`` turns a config back into constructor keywords; ``merge_changes`` applies a
copy's keywords to them (``None``/``NOT_GIVEN`` keep the current value, but ``timeout=None``
is passed on: the constructor makes it the default timeout; headers and query
merge or replace, ``rate_limit=None`` turns the limiter off, pool numbers replace
``limits``); ``same_pool``/``same_stack`` say what the copy may share with its original.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ._sentinels import is_omitted
from .config import DEFAULT_TIMEOUT, ClientConfig, check_headers
from .errors import ConfigurationError

__all__ = ["POOL_NUMBERS", "config_args", "merge_changes", "same_pool", "same_stack"]

#: The pool keywords that replace a whole ``limits`` when a copy gives any of them.
POOL_NUMBERS = ("max_connections", "max_keepalive_connections", "keepalive_expiry")
# Keywords with their own merge rule (handled before the plain "given wins" rule).
_SPECIAL = frozenset(
    {
        "default_headers",
        "set_default_headers",
        "default_query",
        "set_default_query",
        "extra_headers",
        "rate_limit",
        "limits",
        *POOL_NUMBERS,
    }
)


def config_args(cfg: ClientConfig) -> dict[str, Any]:
    """The constructor keywords that rebuild ``cfg`` (every value already resolved)."""
    return {
        "api_key": cfg.api_key,
        "base_url": cfg.base_url,
        "organization": cfg.organization,
        "project": cfg.project,
        "timeout": cfg.timeout if cfg.timeout_given is None else cfg.timeout_given,
        "retry": cfg.retry,
        "circuit_breaker": cfg.breaker or False,
        "rate_limit": cfg.rate_limit,
        "allow_insecure_http": cfg.allow_insecure_http,
        "follow_redirects": cfg.follow_redirects,
        "default_headers": cfg.default_headers,
        "default_query": cfg.default_query,
        "listeners": cfg.listeners,
        "ca_bundle": cfg.ca_bundle,
        "limits": cfg.limits,
        "http2": cfg.http2,
        "async_transport": cfg.async_transport,
        "sync_transport": cfg.sync_transport,
        "webhook_secret": cfg.webhook_secret,
        "websocket_base_url": cfg.websocket_base_url,
        "environ": {},  # no second environment lookup: the values above won
    }


def _given(value: object) -> bool:
    return value is not None and not is_omitted(value)


def _merged(
    name: str, current: Mapping[str, Any], merge: object, replace: object
) -> Mapping[str, Any] | None:
    if _given(merge) and _given(replace):
        raise ConfigurationError(
            f"The `default_{name}` and `set_default_{name}` arguments are mutually exclusive"
        )
    if _given(replace):
        return replace  # type: ignore[return-value]  # load_config checks it
    if _given(merge):
        if not isinstance(merge, Mapping):
            raise ConfigurationError(f"default_{name} must be a mapping")
        return {**current, **merge}
    return None


def merge_changes(args: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """``args`` with a copy's keyword ``changes`` applied (see the module docstring)."""
    merged = dict(args)
    merged.update({k: v for k, v in changes.items() if k not in _SPECIAL and _given(v)})
    if "timeout" in changes and changes["timeout"] is None:
        merged["timeout"] = None  # given, not left out: the defaults, as the constructor has it
    headers = changes.get("default_headers")
    if _given(extra := changes.get("extra_headers")):
        # The older with_options keyword: merged like default_headers.
        extra = check_headers("extra_headers", extra)
        headers = {**(headers if isinstance(headers, Mapping) else {}), **extra}
    for name, merge, replace in (
        ("headers", headers, changes.get("set_default_headers")),
        ("query", changes.get("default_query"), changes.get("set_default_query")),
    ):
        if (value := _merged(name, merged[f"default_{name}"], merge, replace)) is not None:
            merged[f"default_{name}"] = value
    rate_limit = changes.get("rate_limit")
    if "rate_limit" in changes and not is_omitted(rate_limit):
        merged["rate_limit"] = rate_limit  # None here turns the limiter off
    numbers = {k: changes[k] for k in POOL_NUMBERS if _given(changes.get(k))}
    if numbers or _given(changes.get("limits")):
        merged.pop("limits", None)
        merged.update(numbers)
        if _given(changes.get("limits")):
            merged["limits"] = changes["limits"]
    return merged


def same_pool(a: ClientConfig, b: ClientConfig) -> bool:
    """Whether clients of ``a`` and ``b`` may share one connection pool."""
    view = ("limits", "ca_bundle", "http2", "async_transport", "sync_transport")
    return all(getattr(a, name) == getattr(b, name) for name in view)


def _stack_view(config: ClientConfig) -> ClientConfig:
    # What the transport stack is built from: the config minus the per-call settings.
    return attrs.evolve(
        config,
        timeout=DEFAULT_TIMEOUT,
        retry=attrs.evolve(config.retry, max_retries=0),
        default_headers={},
        default_query={},
        follow_redirects=True,
    )


def same_stack(a: ClientConfig, b: ClientConfig) -> bool:
    """Whether clients of ``a`` and ``b`` may share one stack (breakers, limiter, auth)."""
    return _stack_view(a) == _stack_view(b)
