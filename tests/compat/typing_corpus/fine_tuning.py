"""Fine-tuning jobs: create, follow events, use the model."""

from __future__ import annotations

from openai import OpenAI

client = OpenAI()


def start(training_file: str) -> str:
    job = client.fine_tuning.jobs.create(
        training_file=training_file,
        model="gpt-4o-mini-2024-07-18",
        suffix="support",
        seed=42,
    )
    print(job.id, job.status, job.model, job.created_at)
    return job.id


def progress(job_id: str) -> str | None:
    job = client.fine_tuning.jobs.retrieve(job_id)
    if job.error is not None:
        print(job.error.code, job.error.message)
    for event in client.fine_tuning.jobs.list_events(fine_tuning_job_id=job_id, limit=10):
        print(event.created_at, event.level, event.message)
    if job.status == "succeeded":
        print("trained tokens:", job.trained_tokens, "finished:", job.finished_at)
        return job.fine_tuned_model
    return None


def checkpoints(job_id: str) -> list[str]:
    page = client.fine_tuning.jobs.checkpoints.list(job_id)
    return [c.fine_tuned_model_checkpoint for c in page.data]


def cancel(job_id: str) -> str:
    return client.fine_tuning.jobs.cancel(job_id).status
