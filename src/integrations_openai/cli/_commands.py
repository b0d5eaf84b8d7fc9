"""``health``, ``models list`` and the one-shot ``chat``."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from ._context import client_of
from ._output import console, emit_json, errors_to_exit_codes

__all__ = ["chat", "health", "models"]

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]

models = typer.Typer(help="Models the key can use.", no_args_is_help=True)


def health(
    ctx: typer.Context,
    probe: Annotated[bool, typer.Option(help="Also call GET /models once (no retry).")] = True,
    probe_timeout: Annotated[float, typer.Option(min=0.1, help="Seconds for the probe.")] = 5.0,
    as_json: JsonOption = False,
) -> None:
    """Breakers, limiter budgets, last errors and a live probe; exit 1 when unhealthy."""
    with errors_to_exit_codes(), client_of(ctx) as client:
        report = client.health(probe=probe, probe_timeout=probe_timeout)
    if as_json:
        emit_json(report.to_dict())
    else:
        out = console()
        out.print(f"healthy: {'yes' if report.ok else 'no'}")
        if report.probe is not None:
            detail = report.probe.status_code or report.probe.error
            out.print(f"probe: {'ok' if report.probe.ok else 'failed'} ({detail})")
        for breaker in report.breakers:
            out.print(f"breaker {breaker.host}: {breaker.state} ({breaker.failures} failures)")
        for error in report.last_errors:
            out.print(f"last error {error.host}: {error.error} ({error.status_code})")
    if not report.ok:
        raise typer.Exit(1)


@models.command("list")
def list_models(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Every model id, with its owner."""
    with errors_to_exit_codes(), client_of(ctx) as client:
        items = [(m.id, m.owned_by) for m in client.models.list()]
    if as_json:
        emit_json([{"id": i, "owned_by": o} for i, o in items])
        return
    table = Table("id", "owned by")
    for model_id, owner in items:
        table.add_row(model_id, owner)
    console().print(table)


def chat(
    ctx: typer.Context,
    prompt: Annotated[str, typer.Argument(help="The user message.")],
    model: Annotated[str, typer.Option(help="The model.")] = "gpt-4o-mini",
    system: Annotated[str | None, typer.Option(help="A system message first.")] = None,
    as_json: JsonOption = False,
) -> None:
    """One chat completion: prints the answer (``--json``: the whole response)."""
    messages: list[Any] = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": prompt})
    with errors_to_exit_codes(), client_of(ctx) as client:
        completion = client.chat.completions.create(model=model, messages=messages)
    if as_json:
        emit_json(completion.to_dict())
    else:
        console().print(completion.choices[0].message.content or "", markup=False)
