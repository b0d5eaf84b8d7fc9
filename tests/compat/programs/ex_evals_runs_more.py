"""Evals: retrieve and update an eval, runs listed by status, output items, delete."""

from openai import OpenAI

client = OpenAI()
ev = client.evals.create(
    name="tone",
    metadata={"owner": "qa"},
    data_source_config={"type": "logs", "metadata": {"usecase": "chat"}},
    testing_criteria=[
        {
            "type": "label_model",
            "name": "polite",
            "model": "gpt-4o-mini",
            "input": [{"role": "user", "content": "Is {{sample.output_text}} polite?"}],
            "labels": ["yes", "no"],
            "passing_labels": ["yes"],
        }
    ],
)
print(ev.data_source_config.type, ev.testing_criteria[0].type, ev.metadata)
got = client.evals.retrieve(ev.id)
print(got.id == ev.id, got.name)
renamed = client.evals.update(ev.id, name="tone-v2", metadata={"owner": "ml"})
print(renamed.name, renamed.metadata)
print([e.name for e in client.evals.list(order="asc", order_by="created_at", limit=5)])

run = client.evals.runs.create(
    ev.id,
    name="nightly",
    data_source={
        "type": "completions",
        "source": {"type": "stored_completions", "limit": 10},
        "model": "gpt-4o-mini",
    },
)
print(run.data_source.type, run.status, run.eval_id == ev.id)
queued = client.evals.runs.list(ev.id, status="queued", order="desc")
print(len(queued.data), [r.id == run.id for r in queued])

items = client.evals.runs.output_items.list(run.id, eval_id=ev.id, status="pass", limit=3)
print(type(items.data).__name__, items.has_next_page())
for item in items:
    one = client.evals.runs.output_items.retrieve(item.id, eval_id=ev.id, run_id=run.id)
    print(one.id == item.id, one.status)

deleted = client.evals.runs.delete(run.id, eval_id=ev.id)
print(deleted.deleted, deleted.run_id == run.id, deleted.object)
print(client.evals.delete(ev.id).eval_id == ev.id)
