"""The SDK's request verbs for endpoints the facade does not cover: the pure half.

``client.get/post/put/patch/delete(path, cast_to=..., body=..., options=...)`` as the
official SDK spells them. ``request_args`` turns the SDK's keywords into ours (and the copy
options a call asks for); ``cast`` turns the response into what ``cast_to`` names. The two
client drivers only send.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from ._response import set_request_id
from .errors import ConfigurationError

__all__ = ["VerbCall", "cast", "request_args"]

#: The keys of the SDK's per-request ``options`` mapping this client honours.
_OPTION_KEYS = frozenset(
    {"headers", "params", "extra_json", "timeout", "max_retries", "idempotency_key"}
)


@attrs.frozen
class VerbCall:
    """One verb call: ``build_request`` keywords, and the copy options it asks for."""

    kwargs: dict[str, Any]
    copy_options: dict[str, Any]


def request_args(
    *,
    body: Any = None,
    options: Mapping[str, Any] | None = None,
    files: Any = None,
    stream: bool = False,
) -> VerbCall:
    """The SDK's ``body``/``options``/``files`` as ``build_request`` keywords."""
    if stream:
        raise ConfigurationError(
            "client.get/post(..., stream=True) is not supported: use "
            "client.send(client.build_request(...), stream=True)"
        )
    options = dict(options or {})
    unknown = sorted(set(options) - _OPTION_KEYS)
    if unknown:
        raise ConfigurationError(f"unknown request options: {', '.join(unknown)}")
    extra_json = options.get("extra_json")
    if extra_json:
        if body is not None and not isinstance(body, Mapping):
            raise ConfigurationError("extra_json needs body to be a mapping")
        body = {**(body or {}), **extra_json}
    kwargs: dict[str, Any] = {
        "params": options.get("params"),
        "headers": options.get("headers"),
        "idempotency_key": options.get("idempotency_key"),
    }
    if files is not None:
        kwargs.update(files=files, data=body)
    elif body is not None:
        kwargs["json"] = body
    copy_options: dict[str, Any] = {
        k: options[k] for k in ("timeout", "max_retries") if k in options
    }
    return VerbCall(kwargs, copy_options)


def cast(cast_to: Any, response: httpx.Response) -> Any:
    """The response as ``cast_to``: itself, text, bytes, None, a model, or parsed JSON."""
    if cast_to is httpx.Response:
        return response
    if cast_to is type(None) or cast_to is None:
        return None
    if cast_to is str:
        return response.text
    if cast_to is bytes:
        return response.content
    data = response.json()
    from_dict = getattr(cast_to, "from_dict", None)  # a generated model
    if callable(from_dict):
        return set_request_id(from_dict(data), response)
    validate = getattr(cast_to, "model_validate", None)  # a pydantic model
    if callable(validate):
        return validate(data)
    return data  # object, dict, list, Any...
