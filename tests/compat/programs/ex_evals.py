"""Evals: define one, list it, start a run and read its results."""

from openai import OpenAI

client = OpenAI()

ev = client.evals.create(
    name="capitals",
    data_source_config={
        "type": "custom",
        "item_schema": {"type": "object", "properties": {"q": {"type": "string"}}},
        "include_sample_schema": True,
    },
    testing_criteria=[
        {
            "type": "string_check",
            "name": "exact",
            "input": "{{sample.output_text}}",
            "operation": "eq",
            "reference": "{{item.answer}}",
        }
    ],
)
print(ev.name, ev.object, [c.type for c in ev.testing_criteria])
print(ev.id in [e.id for e in client.evals.list()])

run = client.evals.runs.create(
    ev.id,
    name="first",
    data_source={
        "type": "jsonl",
        "source": {"type": "file_content", "content": [{"item": {"q": "France?"}}]},
    },
)
print(run.eval_id == ev.id, run.object, run.name)
print([r.id for r in client.evals.runs.list(ev.id)] == [run.id])
print(client.evals.runs.retrieve(run.id, eval_id=ev.id).status)
print(client.evals.delete(ev.id).deleted)
