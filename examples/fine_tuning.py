"""Fine-tuning: upload training data, start a job, list jobs and events."""

from integrations_openai import OpenAIClient, OpenAIError

LINE = b'{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}\n'

with OpenAIClient() as client:
    training = client.files.create(file=("train.jsonl", LINE * 10), purpose="fine-tune")
    try:
        job = client.fine_tuning.jobs.create(
            model="gpt-4o-mini-2024-07-18", training_file=training.id
        )
        print(f"job {job.id}: {job.status}")
        events = client.fine_tuning.jobs.list_events(job.id, limit=3).data
        print(f"first events: {[e.message for e in events]}")
    except OpenAIError as exc:  # the real API refuses 10 lines of data; say so and go on
        print(f"job refused: {type(exc).__name__}: {exc}")
    page = client.fine_tuning.jobs.list(limit=3)
    print(f"jobs on the first page: {len(page.data)}, more: {page.has_next_page()}")
