"""Fine-tuning extras: checkpoint permissions (create, list, delete), grader validate/run."""

from openai import OpenAI

client = OpenAI()
checkpoint = "ft:gpt-4o-mini-2024-07-18:org:demo:ckpt-step-10"

granted = client.fine_tuning.checkpoints.permissions.create(
    checkpoint, project_ids=["proj_a", "proj_b"]
)
print(type(granted.data).__name__, [p.object for p in granted], granted.has_next_page())
listed = client.fine_tuning.checkpoints.permissions.list(checkpoint, limit=5, order="ascending")
print(listed.object, type(listed.data).__name__, listed.has_more)
for permission in granted:
    gone = client.fine_tuning.checkpoints.permissions.delete(
        permission.id, fine_tuned_model_checkpoint=checkpoint
    )
    print(gone.object, gone.deleted)

grader = {
    "type": "string_check",
    "name": "exact",
    "input": "{{sample.output_text}}",
    "reference": "{{item.answer}}",
    "operation": "eq",
}
valid = client.fine_tuning.alpha.graders.validate(grader=grader)
print(valid.grader.type if valid.grader else None)
run = client.fine_tuning.alpha.graders.run(
    grader=grader, model_sample="Paris", item={"answer": "Paris"}
)
print(type(run.reward).__name__, sorted(run.metadata.to_dict())[:3], dict(run.sub_rewards))
