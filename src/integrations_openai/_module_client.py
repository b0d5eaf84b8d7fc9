"""The module-level client: ``import integrations_openai as openai; openai.api_key = "..."``.

As in the official SDK, settings assigned on the package (``api_key``, ``organization``,
``project``, ``base_url``, ``timeout``, ``max_retries``, ``default_headers``,
``default_query``, ``http_client``, ``webhook_secret``) configure a default ``OpenAIClient`` built lazily on the
first use of a resource (``openai.chat.completions.create(...)``); a setting changed later
builds a new default client at the next use. Nothing is built or imported at import time.
The package module's class is swapped for ``ClientModule`` (``install``), which is what
lets plain assignments be seen without storing globals.
"""

from __future__ import annotations

import functools
import importlib
import threading
import types
from typing import Any

from integrations_openai_api.resources import Resources

from ._client import OpenAIClient

__all__ = [
    "LAZY_SUBPACKAGES",
    "SETTINGS",
    "ClientModule",
    "PendingResource",
    "default_client",
    "install",
    "setting",
]

#: The settings the package accepts, with the official SDK's names.
SETTINGS = (
    "api_key",
    "organization",
    "project",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
    "webhook_secret",
)
#: Subpackages reachable as attributes without their own import (``openai.types.chat``),
#: imported on first use so the package import stays cheap.
LAZY_SUBPACKAGES = frozenset({"types", "webhooks"})

_lock = threading.Lock()
_values: dict[str, Any] = dict.fromkeys(SETTINGS)
_built: list[tuple[tuple[Any, ...], OpenAIClient]] = []


@functools.cache
def resource_names() -> frozenset[str]:
    """``chat``, ``files``...: every resource of the client."""
    return frozenset(
        name
        for name, value in vars(Resources).items()
        if isinstance(value, functools.cached_property) and not name.startswith("_")
    )


def _identity(value: Any) -> Any:
    # Plain values and mappings compare by content; anything else (a client) by identity.
    if value is None or isinstance(value, str | int | float):
        return value
    return tuple(sorted(value.items())) if isinstance(value, dict) else id(value)


def default_client() -> OpenAIClient:
    """The client the module-level settings describe (built once per set of settings)."""
    with _lock:
        snapshot = dict(_values)
        key = tuple(_identity(snapshot[name]) for name in SETTINGS)
        if _built and _built[0][0] == key:
            return _built[0][1]
        options = {name: value for name, value in snapshot.items() if value is not None}
        client = OpenAIClient(**options)
        _built[:] = [(key, client)]
        return client


def setting(name: str) -> Any:
    """The module-level value of one of ``SETTINGS`` (``None`` when never set)."""
    return _values[name]


def _setting(name: str) -> property:
    def get(module: types.ModuleType) -> Any:
        return _values[name]

    def set_(module: types.ModuleType, value: Any) -> None:
        with _lock:
            _values[name] = value

    return property(get, set_, doc=f"Module-level ``{name}`` of the default client.")


class PendingResource:
    """``openai.chat`` (and ``.completions``, ``.create``...) while no default client can be
    built yet (no API key set): as in the SDK, reaching a resource never fails; each step
    tries again, so the key may be set in between, and a call raises the client's
    ``ConfigurationError`` when it still cannot be built."""

    __slots__ = ("_path",)

    def __init__(self, path: tuple[str, ...]) -> None:
        self._path = path

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and friends probe dunders: not resources
            raise AttributeError(name)
        return _reach((*self._path, name))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return _walk(default_client(), self._path)(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<pending openai.{'.'.join(self._path)}: the default client needs an API key>"


def _reach(path: tuple[str, ...]) -> Any:
    """The resource or method at ``path`` of the default client, or a ``PendingResource``."""
    from .errors import ConfigurationError

    try:
        client = default_client()
    except ConfigurationError:
        return PendingResource(path)
    return _walk(client, path)


def _walk(target: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        target = getattr(target, name)
    return target


class ClientModule(types.ModuleType):
    """The package module: settings as properties, resources of the default client."""

    def __getattr__(self, name: str) -> Any:
        if name in resource_names():
            return _reach((name,))
        if name in LAZY_SUBPACKAGES:
            return importlib.import_module(f"{self.__name__}.{name}")
        raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")


for _name in SETTINGS:
    setattr(ClientModule, _name, _setting(_name))


def install(module: types.ModuleType) -> None:
    """Give ``module`` (the package) the module-level client."""
    module.__class__ = ClientModule
