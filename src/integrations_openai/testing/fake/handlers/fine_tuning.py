"""Fine-tuning jobs: validating_files -> queued -> running -> succeeded, with events,
checkpoints, a result file and a new model in the catalogue."""

from __future__ import annotations

from typing import Any

from .._routing import Answer, ApiError, Call, RouteTable
from .._state import FakeState
from ._common import metadata
from .files import store_file

__all__ = ["DURATIONS", "routes"]

routes = RouteTable()

STAGES = ["validating_files", "queued", "running", "succeeded"]
#: Seconds of fake time each stage lasts.
DURATIONS = [10.0, 30.0, 600.0]
_MESSAGES = {
    "validating_files": "Validating training file: {training_file}",
    "queued": "Files validated, moving job to queued state",
    "running": "Fine-tuning job started",
    "succeeded": "The job has successfully completed",
    "cancelled": "Fine-tuning job cancelled",
}
_STEPS = 10


def _event(
    state: FakeState,
    job: dict[str, Any],
    at: int,
    message: str,
    kind: str = "message",
    data: Any = None,
) -> None:
    state.add(
        "fine_tuning_events:" + job["id"],
        {
            "id": state.ids.new("ftevent-"),
            "object": "fine_tuning.job.event",
            "created_at": at,
            "level": "info",
            "message": message,
            "type": kind,
            "data": data or {},
        },
    )


def _on_enter(state: FakeState, job: dict[str, Any]) -> Any:
    def enter(stage: str, at: float) -> None:
        stamp = int(at)
        job["status"] = stage
        if stage == "succeeded":
            _finish(state, job, stamp)
        elif stage == "cancelled":
            job["finished_at"] = stamp
        _event(state, job, stamp, _MESSAGES[stage].format(**job))

    return enter


def _finish(state: FakeState, job: dict[str, Any], stamp: int) -> None:
    for step in range(1, _STEPS + 1):
        loss = round(2.0 / step, 4)
        _event(
            state,
            job,
            stamp,
            f"Step {step}/{_STEPS}: training loss={loss}",
            "metrics",
            {"step": step, "train_loss": loss},
        )
    suffix = job.get("user_provided_suffix") or ""
    name = f"ft:{job['model']}:fake-org:{suffix}:{job['id'][-8:]}"
    results = store_file(
        state, "step_metrics.csv", "fine-tune-results", b"step,train_loss\n1,2.0\n"
    )
    tokens = max(1, len(state.blobs.get(job["training_file"], b"")) // 4)
    job.update(
        finished_at=stamp,
        fine_tuned_model=name,
        result_files=[results["id"]],
        trained_tokens=tokens,
    )
    state.add("models", {"id": name, "object": "model", "created": stamp, "owned_by": "fake-org"})
    state.add(
        "fine_tuning_checkpoints:" + job["id"],
        {
            "id": state.ids.new("ftckpt_"),
            "object": "fine_tuning.job.checkpoint",
            "created_at": stamp,
            "fine_tuned_model_checkpoint": f"{name}:ckpt-step-{_STEPS}",
            "fine_tuning_job_id": job["id"],
            "metrics": {"step": _STEPS, "train_loss": 0.2, "train_mean_token_accuracy": 0.9},
            "step_number": _STEPS,
        },
    )


@routes.route("POST", "/fine_tuning/jobs")
def create(call: Call) -> Answer:
    """A job over an uploaded ``fine-tune`` file."""
    body = call.body()
    call.required(body, "model", "training_file")
    for field in ("training_file", "validation_file"):
        if body.get(field) and call.state.find("files", body[field]) is None:
            raise ApiError(
                400, f"invalid {field}: {body[field]}", param=field, code="invalid_request_error"
            )
    method = body.get("method") or {
        "type": "supervised",
        "supervised": {
            "hyperparameters": {
                "n_epochs": "auto",
                "batch_size": "auto",
                "learning_rate_multiplier": "auto",
            }
        },
    }
    job: dict[str, Any] = {
        "id": call.state.ids.new("ftjob-"),
        "object": "fine_tuning.job",
        "created_at": call.state.now(),
        "error": None,
        "fine_tuned_model": None,
        "finished_at": None,
        "hyperparameters": body.get("hyperparameters")
        or {"n_epochs": "auto", "batch_size": "auto", "learning_rate_multiplier": "auto"},
        "model": body["model"],
        "organization_id": "org-fake",
        "result_files": [],
        "status": "validating_files",
        "trained_tokens": None,
        "training_file": body["training_file"],
        "validation_file": body.get("validation_file"),
        "integrations": body.get("integrations"),
        "seed": body.get("seed", 42),
        "estimated_finish": None,
        "method": method,
        "metadata": metadata(body),
        "user_provided_suffix": body.get("suffix"),
    }
    call.state.add("fine_tuning_jobs", job)
    call.state.track(job, STAGES, DURATIONS, _on_enter(call.state, job))
    return job


@routes.route("GET", "/fine_tuning/jobs/{fine_tuning_job_id}")
def retrieve(call: Call) -> Answer:
    """The job, one stage further per poll (or as far as fake time says)."""
    job = call.state.get("fine_tuning_jobs", call.params["fine_tuning_job_id"], "fine-tuning job")
    return call.state.tick(job, poll=True)


@routes.route("GET", "/fine_tuning/jobs")
def list_jobs(call: Call) -> Answer:
    """Jobs, newest first."""
    items = [call.state.tick(j, poll=False) for j in call.state.all("fine_tuning_jobs")]
    return call.page(items)


@routes.route("POST", "/fine_tuning/jobs/{fine_tuning_job_id}/cancel")
def cancel(call: Call) -> Answer:
    """Stop a job that has not finished."""
    job = call.state.get("fine_tuning_jobs", call.params["fine_tuning_job_id"], "fine-tuning job")
    call.state.tick(job, poll=False)
    if job["status"] in ("succeeded", "failed", "cancelled"):
        raise ApiError(400, f"Job {job['id']} has already {job['status']}.")
    schedule = call.state.schedule(job["id"])
    assert schedule is not None
    schedule.replace(["cancelled"], [], call.state.clock.now())
    return job


def _of_job(call: Call, kind: str) -> list[dict[str, Any]]:
    job = call.state.get("fine_tuning_jobs", call.params["fine_tuning_job_id"], "fine-tuning job")
    call.state.tick(job, poll=False)
    return call.state.all(f"{kind}:{job['id']}")


@routes.route("GET", "/fine_tuning/jobs/{fine_tuning_job_id}/events")
def events(call: Call) -> Answer:
    """The job's events, newest first."""
    return call.page(_of_job(call, "fine_tuning_events"))


@routes.route("GET", "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints")
def checkpoints(call: Call) -> Answer:
    """The job's checkpoints (one, once it succeeded)."""
    return call.page(_of_job(call, "fine_tuning_checkpoints"))
