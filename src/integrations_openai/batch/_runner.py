"""The sync and async drivers of the batch runner: execute one step, save, ask the core again."""

from __future__ import annotations

import json
import os
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from ..errors import ConfigurationError, TimeoutError
from ._core import TERMINAL, Step, next_step, settle
from ._plan import MAX_FILE_BYTES, MAX_REQUESTS_PER_FILE, input_lines, split
from ._results import BatchResult, parse_line, read_results, record
from ._state import Part, RunState, load, save

__all__ = ["DEFAULT_MAX_ATTEMPTS", "BatchTimeoutError", "Progress", "arun_batch", "run_batch"]

#: Submissions per request: the first plus two resubmissions of failed or expired items.
DEFAULT_MAX_ATTEMPTS = 3
#: Input files above this many bytes go through the Uploads API in parts (a cut connection
#: costs one part, not the whole file); smaller ones are one ``files.create``.
DEFAULT_UPLOAD_THRESHOLD = 64 * 1024 * 1024
#: Seconds between rounds of polls when no batch has finished (the fake answers at once).
DEFAULT_POLL_INTERVAL = 10.0
_RUN_KEY = "integrations_openai_run"


class BatchTimeoutError(TimeoutError):
    """The run did not finish within its ``timeout``; rerun with the same state file."""


@attrs.frozen
class Progress:
    """Where a run stands (for progress bars): requests settled, failed, batches alive,
    and the tokens the successful answers used."""

    total: int
    succeeded: int
    failed: int
    batches: int
    step: str
    tokens: int = 0


@attrs.define
class _Run:
    """What both drivers share: paths, options and the pure bookkeeping around a step."""

    state_path: Path
    state: RunState
    max_requests: int
    max_bytes: int
    upload_threshold: int
    on_progress: Callable[[Progress], None] | None
    before_step: Callable[[Step], None] | None

    @property
    def parts_dir(self) -> Path:
        return self.state_path.with_name(self.state_path.name + ".parts")

    @property
    def results_path(self) -> Path:
        return self.state_path.with_name(self.state_path.name + ".results.jsonl")

    def save(self, step: str) -> None:
        save(self.state, self.state_path)
        if self.on_progress is not None:
            done = self.state.done
            ok = sum(1 for v in done.values() if v == "ok")
            alive = sum(1 for p in self.state.parts if p.step != "collected")
            progress = Progress(
                self.state.total, ok, len(done) - ok, alive, step, self.state.tokens
            )
            self.on_progress(progress)

    def plan(self, requests: Iterable[Mapping[str, Any]] | str | Path | None) -> None:
        if requests is None:
            raise ConfigurationError(f"{self.state_path} has no plan yet: pass the requests")
        self.parts_dir.mkdir(parents=True, exist_ok=True)
        self.state.parts, self.state.total = [], 0
        lines = input_lines(requests, self.state.endpoint)
        groups = split(lines, max_requests=self.max_requests, max_bytes=self.max_bytes)
        for number, group in enumerate(groups, 1):
            self.add_part(f"p{number:05d}", 1, [line for _, line in group])
            self.state.total += len(group)
        self.state.planned = True
        self.save("plan")

    def add_part(self, label: str, attempt: int, lines: list[bytes]) -> None:
        name = f"{self.state.run_id}-{label}-a{attempt}"
        path = self.parts_dir / f"{name}.jsonl"
        path.write_bytes(b"".join(lines))
        self.state.parts.append(Part(name=name, path=str(path), count=len(lines), attempt=attempt))

    def part_lines(self, part: Part) -> dict[str, bytes]:
        with open(part.path, "rb") as handle:
            return {json.loads(raw)["custom_id"]: raw for raw in handle if raw.strip()}

    def collect(self, part: Part, downloaded: list[Path]) -> None:
        """Append the part's answers, settle it, queue its resubmission if any."""
        succeeded: dict[str, int] = {}
        with open(self.results_path, "ab") as out:
            for path in downloaded:
                with open(path, "rb") as handle:
                    for raw in handle:
                        result = parse_line(raw)
                        if result is None:
                            continue
                        out.write(record(result))
                        if result.ok:
                            succeeded[result.custom_id] = _tokens(result.body)
        # Counted for ids settled now only: a part collected again after a kill (its
        # state not saved) counts nothing twice, as the saved state has neither.
        self.state.tokens += sum(n for i, n in succeeded.items() if self.state.done.get(i) != "ok")
        lines = self.part_lines(part)
        retry = settle(self.state, part, lines, succeeded)
        failed_now = [i for i in lines if self.state.done.get(i) == "failed"]
        self._record_silent_failures(part, failed_now)
        if retry:
            label = part.name.removeprefix(self.state.run_id + "-").rsplit("-a", 1)[0]
            self.add_part(label, part.attempt + 1, [lines[i] for i in retry])
        self.save("download")

    def _record_silent_failures(self, part: Part, failed: list[str]) -> None:
        # Ids that never got any line (an expired or failed batch) still get one result.
        if not failed:
            return
        seen = {r.custom_id for r in read_results(self.results_path)}
        with open(self.results_path, "ab") as out:
            for custom_id in failed:
                if custom_id not in seen:
                    error = {
                        "code": part.status or "missing",
                        "message": "no answer for this request",
                    }
                    out.write(record(BatchResult(custom_id, False, error=error)))

    def finished(self, part: Part, batch: Any) -> bool:
        status = str(_field(batch, "status"))
        part.status = status
        if status not in TERMINAL:
            return False
        part.output_file_id = _field(batch, "output_file_id")
        part.error_file_id = _field(batch, "error_file_id")
        part.step = "download"
        self.save("poll")
        return True

    def chunked(self, part: Part) -> bool:
        """Whether ``part`` goes through the Uploads API (above ``upload_threshold``)."""
        return os.path.getsize(part.path) > self.upload_threshold

    def metadata(self, part: Part) -> dict[str, str]:
        return {_RUN_KEY: self.state.run_id, "part": part.name}


def _upload_fields(part: Part) -> dict[str, str]:
    # The completed upload's file keeps this name: a rerun finds it like a created file.
    return {"purpose": "batch", "filename": part.name + ".jsonl", "mime_type": "text/jsonl"}


def _tokens(body: Any) -> int:
    usage = body.get("usage") if isinstance(body, Mapping) else None
    total = usage.get("total_tokens") if isinstance(usage, Mapping) else None
    return total if isinstance(total, int) else 0


def _field(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)


def _metadata(obj: Any) -> Mapping[str, Any]:
    # A metadata model keeps its free-form keys as extra fields: its dict form has them.
    meta = _field(obj, "metadata")
    if meta is None or isinstance(meta, Mapping):
        return meta or {}
    as_dict = meta.to_dict()
    return as_dict if isinstance(as_dict, Mapping) else {}


def _open_run(
    state_path: str | Path,
    endpoint: str,
    completion_window: str,
    max_attempts: int,
    **options: Any,
) -> _Run:
    if not isinstance(max_attempts, int) or max_attempts < 1:
        raise ConfigurationError(f"max_attempts must be an integer >= 1, got {max_attempts!r}")
    path = Path(state_path)
    state = load(path)
    if state is None:
        state = RunState(uuid.uuid4().hex[:12], endpoint, completion_window, max_attempts)
    elif state.endpoint != endpoint:
        raise ConfigurationError(
            f"{path} is a run for {state.endpoint}, not {endpoint}: use another state file"
        )
    return _Run(path, state, **options)


def run_batch(
    client: Any,
    requests: Iterable[Mapping[str, Any]] | str | Path | None,
    *,
    endpoint: str,
    state: str | Path,
    completion_window: str = "24h",
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float | None = None,
    max_requests: int = MAX_REQUESTS_PER_FILE,
    max_bytes: int = MAX_FILE_BYTES,
    upload_threshold: int = DEFAULT_UPLOAD_THRESHOLD,
    on_progress: Callable[[Progress], None] | None = None,
    before_step: Callable[[Step], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    parse: Callable[[Any], Any] | None = None,
) -> Iterator[BatchResult[Any]]:
    """Run ``requests`` through the Batch API to the end; one result per ``custom_id``.

    Resumable: the ``state`` file records every step, so rerunning after a kill (with the
    same ``state``; ``requests`` may then be ``None``) continues without submitting
    anything twice. Failed and expired requests are resubmitted up to ``max_attempts``
    times in all. Input files above ``upload_threshold`` bytes go up in parts (Uploads API).
    ``timeout`` bounds this call (``TimeoutError``; rerun to continue).
    ``parse`` turns each successful body into a typed result (``client.batches.run`` passes
    the endpoint's own parser).
    """
    run = _open_run(
        state, endpoint, completion_window, max_attempts, max_requests=max_requests,
        max_bytes=max_bytes, upload_threshold=upload_threshold, on_progress=on_progress,
        before_step=before_step,
    )  # fmt: skip
    deadline = None if timeout is None else clock() + timeout
    while (step := next_step(run.state)).kind != "done":
        if run.before_step is not None:
            run.before_step(step)
        part = step.part
        if step.kind == "plan":
            run.plan(requests)
        elif step.kind == "upload" and part is not None:
            _upload(client, run, part, step.resume)
        elif step.kind == "create" and part is not None:
            _create(client, run, part, step.resume)
        elif step.kind == "download" and part is not None:
            run.collect(part, _download(client, run, part))
        else:
            polling = [p for p in run.state.parts if p.step == "poll"]
            if not any([run.finished(p, client.batches.retrieve(p.batch_id)) for p in polling]):
                if deadline is not None and clock() + poll_interval > deadline:
                    raise BatchTimeoutError(
                        f"batch run {run.state.run_id} not finished within {timeout}s; "
                        f"rerun with state={str(state)!r} to continue"
                    )
                sleep(poll_interval)
    return read_results(run.results_path, parse)


def _upload(client: Any, run: _Run, part: Part, resume: bool) -> None:
    filename = part.name + ".jsonl"
    if resume:
        for item in client.files.list(purpose="batch"):
            if _field(item, "filename") == filename:
                part.file_id = _field(item, "id")
                break
    if part.file_id is None:
        part.step = "uploading"
        run.save("upload")
        if run.chunked(part):
            upload = client.uploads.upload_file_chunked(Path(part.path), **_upload_fields(part))
            part.file_id = _field(_field(upload, "file"), "id")
        else:
            with open(part.path, "rb") as handle:
                created = client.files.create(file=(filename, handle), purpose="batch")
                part.file_id = _field(created, "id")
    part.step = "create"
    run.save("upload")


def _create(client: Any, run: _Run, part: Part, resume: bool) -> None:
    if resume:
        for item in client.batches.list():
            meta = _metadata(item)
            if meta.get("part") == part.name and meta.get(_RUN_KEY) == run.state.run_id:
                part.batch_id = _field(item, "id")
                break
    if part.batch_id is None:
        part.step = "creating"
        run.save("create")
        batch = client.batches.create(
            input_file_id=part.file_id,
            endpoint=run.state.endpoint,
            completion_window=run.state.completion_window,
            metadata=run.metadata(part),
        )
        part.batch_id = _field(batch, "id")
    part.step = "poll"
    run.save("create")


def _download(client: Any, run: _Run, part: Part) -> list[Path]:
    scratch = Path(tempfile.mkdtemp(prefix="batch-", dir=run.parts_dir))
    paths = []
    for file_id in (part.output_file_id, part.error_file_id):
        if file_id:
            path = scratch / f"{file_id}.jsonl"
            client.files.content_to_file(file_id, destination=path)  # streamed to disk
            paths.append(path)
    return paths


async def arun_batch(
    client: Any,
    requests: Iterable[Mapping[str, Any]] | str | Path | None,
    *,
    endpoint: str,
    state: str | Path,
    completion_window: str = "24h",
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    timeout: float | None = None,
    max_requests: int = MAX_REQUESTS_PER_FILE,
    max_bytes: int = MAX_FILE_BYTES,
    upload_threshold: int = DEFAULT_UPLOAD_THRESHOLD,
    on_progress: Callable[[Progress], None] | None = None,
    before_step: Callable[[Step], None] | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    clock: Callable[[], float] = time.monotonic,
    parse: Callable[[Any], Any] | None = None,
) -> Iterator[BatchResult[Any]]:
    """The async twin of ``run_batch`` (same core, same state file) for ``AsyncOpenAIClient``."""
    import anyio

    run = _open_run(
        state, endpoint, completion_window, max_attempts, max_requests=max_requests,
        max_bytes=max_bytes, upload_threshold=upload_threshold, on_progress=on_progress,
        before_step=before_step,
    )  # fmt: skip
    asleep = sleep or anyio.sleep
    deadline = None if timeout is None else clock() + timeout
    while (step := next_step(run.state)).kind != "done":
        if run.before_step is not None:
            run.before_step(step)
        part = step.part
        if step.kind == "plan":
            run.plan(requests)
        elif step.kind == "upload" and part is not None:
            await _aupload(client, run, part, step.resume)
        elif step.kind == "create" and part is not None:
            await _acreate(client, run, part, step.resume)
        elif step.kind == "download" and part is not None:
            run.collect(part, await _adownload(client, run, part))
        else:
            polling = [p for p in run.state.parts if p.step == "poll"]
            moved = [run.finished(p, await client.batches.retrieve(p.batch_id)) for p in polling]
            if not any(moved):
                if deadline is not None and clock() + poll_interval > deadline:
                    raise BatchTimeoutError(
                        f"batch run {run.state.run_id} not finished within {timeout}s; "
                        f"rerun with state={str(state)!r} to continue"
                    )
                await asleep(poll_interval)
    return read_results(run.results_path, parse)


async def _aupload(client: Any, run: _Run, part: Part, resume: bool) -> None:
    filename = part.name + ".jsonl"
    if resume:
        async for item in client.files.list(purpose="batch"):
            if _field(item, "filename") == filename:
                part.file_id = _field(item, "id")
                break
    if part.file_id is None:
        part.step = "uploading"
        run.save("upload")
        if run.chunked(part):
            fields = _upload_fields(part)
            upload = await client.uploads.upload_file_chunked(Path(part.path), **fields)
            part.file_id = _field(_field(upload, "file"), "id")
        else:
            with open(part.path, "rb") as handle:
                created = await client.files.create(file=(filename, handle), purpose="batch")
                part.file_id = _field(created, "id")
    part.step = "create"
    run.save("upload")


async def _acreate(client: Any, run: _Run, part: Part, resume: bool) -> None:
    if resume:
        async for item in client.batches.list():
            meta = _metadata(item)
            if meta.get("part") == part.name and meta.get(_RUN_KEY) == run.state.run_id:
                part.batch_id = _field(item, "id")
                break
    if part.batch_id is None:
        part.step = "creating"
        run.save("create")
        batch = await client.batches.create(
            input_file_id=part.file_id,
            endpoint=run.state.endpoint,
            completion_window=run.state.completion_window,
            metadata=run.metadata(part),
        )
        part.batch_id = _field(batch, "id")
    part.step = "poll"
    run.save("create")


async def _adownload(client: Any, run: _Run, part: Part) -> list[Path]:
    scratch = Path(tempfile.mkdtemp(prefix="batch-", dir=run.parts_dir))
    paths = []
    for file_id in (part.output_file_id, part.error_file_id):
        if file_id:
            path = scratch / f"{file_id}.jsonl"
            await client.files.content_to_file(file_id, destination=path)
            paths.append(path)
    return paths
