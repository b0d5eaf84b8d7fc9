"""Fine-tuning job with a method, suffix, seed, metadata; list filters and checkpoints."""

from openai import OpenAI

client = OpenAI()
training = client.files.create(file=("t.jsonl", b'{"messages": []}\n'), purpose="fine-tune")
validation = client.files.create(file=("v.jsonl", b'{"messages": []}\n'), purpose="fine-tune")
job = client.fine_tuning.jobs.create(
    model="gpt-4o-mini-2024-07-18",
    training_file=training.id,
    validation_file=validation.id,
    suffix="custom",
    seed=42,
    metadata={"team": "ml"},
    method={"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 2}}},
)
print(job.object, job.model, job.training_file == training.id, job.seed, job.metadata)
print(job.method.type if job.method else None, job.validation_file == validation.id)
listed = client.fine_tuning.jobs.list(limit=5, metadata={"team": "ml"})
print(any(j.id == job.id for j in listed))
got = client.fine_tuning.jobs.retrieve(job.id)
print(got.status, got.id == job.id)
checkpoints = client.fine_tuning.jobs.checkpoints.list(job.id, limit=2)
print([c.object for c in checkpoints])
cancelled = client.fine_tuning.jobs.cancel(job.id)
print(cancelled.status)
