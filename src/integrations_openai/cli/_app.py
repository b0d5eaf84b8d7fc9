"""The typer application: global connection options, then one module per command group."""

from __future__ import annotations

from typing import Annotated

import typer

from . import _batch, _commands
from ._context import Connection

__all__ = ["app", "main"]

app = typer.Typer(
    name="integrations-openai",
    help="The OpenAI API from the shell: batch runs, health, models, a one-shot chat.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(_batch.app, name="batch")
app.add_typer(_commands.models, name="models")
app.command("health")(_commands.health)
app.command("chat")(_commands.chat)


@app.callback()
def _connection(
    ctx: typer.Context,
    base_url: Annotated[
        str | None, typer.Option(envvar="OPENAI_BASE_URL", help="API base URL.")
    ] = None,
    api_key: Annotated[
        str | None,
        typer.Option(
            envvar="OPENAI_API_KEY",
            help="API key (prefer the environment).",
            show_default=False,
            show_envvar=True,
        ),
    ] = None,
    max_retries: Annotated[int, typer.Option(min=0, help="Retries per call.")] = 3,
) -> None:
    """Connection options shared by every command."""
    ctx.obj = Connection(base_url=base_url, api_key=api_key, max_retries=max_retries)


def main() -> None:
    """The console script's entry point."""
    app()
