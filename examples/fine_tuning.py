"""Fine-tuning: upload training data, start a job, follow it, read its events."""

from _demo import TERMINAL, pause

from integrations_openai import OpenAIClient, OpenAIError

LINE = b'{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}\n'

with OpenAIClient() as client:
    training = client.files.create(file=("train.jsonl", LINE * 10), purpose="fine-tune")
    try:
        job = client.fine_tuning.jobs.create(
            model="gpt-4o-mini-2024-07-18", training_file=training.id, suffix="demo"
        )
    except OpenAIError as exc:  # the real API refuses 10 lines of data; say so and go on
        print(f"job refused: {type(exc).__name__}: {exc}")
    else:
        print(f"job {job.id}: {job.status}")
        for _ in range(4):
            pause()
            job = client.fine_tuning.jobs.retrieve(job.id)
            print(f"  polled: {job.status}")
            if job.status in TERMINAL:
                break
        if job.fine_tuned_model:
            print(f"new model: {job.fine_tuned_model}")
        events = client.fine_tuning.jobs.list_events(job.id, limit=3).first_page.items
        print("latest events:", "; ".join(e.message for e in events))
        if job.status not in TERMINAL:
            print(f"cancelling: {client.fine_tuning.jobs.cancel(job.id).status}")
    page = client.fine_tuning.jobs.list(limit=3).first_page
    print(f"jobs on the first page: {len(page.items)}, more: {page.has_next}")
