"""``batch run`` (resumable, live progress) and ``batch status``."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import attrs
import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from ..batch import DEFAULT_MAX_ATTEMPTS, BatchResult, run_batch
from ..batch import Progress as RunProgress
from ..batch._state import load
from ._context import client_of
from ._output import console, emit_json, errors_to_exit_codes, fail

__all__ = ["app"]

app = typer.Typer(help="Bulk work through the Batch API.", no_args_is_help=True)
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


@contextlib.contextmanager
def _progress_bar(enabled: bool) -> Iterator[Any]:
    """A live bar (done / failed, tokens, ETA) fed by the runner's progress callback."""
    if not enabled:
        yield None
        return
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("[red]{task.fields[failed]} failed"),
        TextColumn("{task.fields[tokens]} tokens"),
        TextColumn("{task.fields[batches]} batches"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console(stderr=True), transient=False) as bar:
        task = bar.add_task("batch", total=None, failed=0, tokens=0, batches=0)

        def update(p: RunProgress) -> None:
            bar.update(task, total=p.total or None, completed=p.succeeded + p.failed,
                       failed=p.failed, tokens=p.tokens, batches=p.batches,
                       description=p.step)  # fmt: skip

        yield update


@app.command("run")
def run(
    ctx: typer.Context,
    input_path: Annotated[
        Path, typer.Argument(metavar="INPUT", help="JSONL: request bodies or batch lines.")
    ],
    out: Annotated[Path, typer.Option("--out", help="Where to write one result per line.")],
    endpoint: Annotated[str, typer.Option(help="The API path each line calls.")] = (
        "/v1/chat/completions"
    ),
    state: Annotated[
        Path | None,
        typer.Option(help="The run's state file (default: OUT.state.json); rerun to resume."),
    ] = None,
    max_attempts: Annotated[
        int, typer.Option(min=1, help="Submissions per request, resubmissions included.")
    ] = DEFAULT_MAX_ATTEMPTS,
    poll_interval: Annotated[float, typer.Option(min=0.0, help="Seconds between polls.")] = 10.0,
    timeout: Annotated[
        float | None, typer.Option(min=0.0, help="Give up after this many seconds (exit 4).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Run INPUT through the Batch API into OUT; exit 1 if any request failed for good."""
    state_path = state or out.with_name(out.name + ".state.json")
    planned = state_path.exists()
    if not planned and not input_path.is_file():
        raise fail(f"{input_path}: no such file", 2)
    with errors_to_exit_codes(), client_of(ctx) as client, _progress_bar(not as_json) as hook:
        results = run_batch(
            client, None if planned else input_path, endpoint=endpoint, state=state_path,
            max_attempts=max_attempts, poll_interval=poll_interval, timeout=timeout,
            on_progress=hook,
        )  # fmt: skip
        counts = _write(results, out)
    summary = {**counts, "out": str(out), "state": str(state_path)}
    if as_json:
        emit_json(summary)
    else:
        console().print(f"{counts['succeeded']} succeeded, {counts['failed']} failed -> {out}")
    if counts["failed"]:
        raise typer.Exit(1)


def _write(results: Iterator[BatchResult[Any]], out: Path) -> dict[str, int]:
    counts = {"total": 0, "succeeded": 0, "failed": 0}
    tmp = out.with_name(out.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        for result in results:
            handle.write(json.dumps(attrs.asdict(result), separators=(",", ":")) + "\n")
            counts["total"] += 1
            counts["succeeded" if result.ok else "failed"] += 1
    tmp.replace(out)
    return counts


@app.command("status")
def status(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help="A run's state file, or a batch id.")],
    as_json: JsonOption = False,
) -> None:
    """Where a run stands (from its state file), or one batch as the API reports it."""
    path = Path(target)
    if path.is_file():
        with errors_to_exit_codes():
            run_state = load(path)
        assert run_state is not None
        data = _run_summary(run_state)
    else:
        with errors_to_exit_codes(), client_of(ctx) as client:
            batch = client.batches.retrieve(target)
        data = {"id": batch.id, "status": batch.status, "endpoint": batch.endpoint,
                "request_counts": batch.to_dict().get("request_counts")}  # fmt: skip
    if as_json:
        emit_json(data)
        return
    out = console()
    if "parts" not in data:
        counts = data["request_counts"] or {}
        out.print(f"{data['id']}: {data['status']} ({counts.get('completed', 0)} completed, "
                  f"{counts.get('failed', 0)} failed of {counts.get('total', 0)})")  # fmt: skip
        return
    out.print(f"run {data['run_id']}: {data['succeeded']} succeeded, {data['failed']} failed, "
              f"{data['pending']} pending of {data['total']}, {data['tokens']} tokens")  # fmt: skip
    table = Table("part", "attempt", "requests", "step", "status", "batch")
    for part in data["parts"]:
        table.add_row(part["name"], str(part["attempt"]), str(part["count"]), part["step"],
                      part["status"] or "", part["batch_id"] or "")  # fmt: skip
    out.print(table)


def _run_summary(state: Any) -> dict[str, Any]:
    ok = sum(1 for v in state.done.values() if v == "ok")
    failed = len(state.done) - ok
    parts = [attrs.asdict(p, filter=lambda a, _: a.name != "path") for p in state.parts]
    return {
        "run_id": state.run_id, "endpoint": state.endpoint, "total": state.total,
        "succeeded": ok, "failed": failed, "pending": state.total - ok - failed,
        "tokens": state.tokens, "finished": state.planned and not any(
            p.step != "collected" for p in state.parts),
        "parts": parts,
    }  # fmt: skip
