"""What every command needs: how to build the client (the key stays out of reprs)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
import typer

if TYPE_CHECKING:
    from .._client import OpenAIClient

__all__ = ["Connection", "client_of"]


@attrs.frozen
class Connection:
    """The global options; ``api_key`` is never shown (``repr=False``)."""

    base_url: str | None
    api_key: str | None = attrs.field(repr=False)
    max_retries: int = 3

    def client(self) -> OpenAIClient:
        """A client for one command (``ConfigurationError`` when no key is known)."""
        from .. import OpenAIClient

        options: dict[str, Any] = {"max_retries": self.max_retries}
        if self.base_url:
            options["base_url"] = self.base_url
        if self.api_key:
            options["api_key"] = self.api_key
        return OpenAIClient(**options)


def client_of(ctx: typer.Context) -> OpenAIClient:
    """The client for the command running under ``ctx``."""
    connection = ctx.find_object(Connection)
    assert connection is not None, "the app callback sets the connection"
    return connection.client()
