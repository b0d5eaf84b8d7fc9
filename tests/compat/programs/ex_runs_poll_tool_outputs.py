"""Runs: ``create_and_poll``, ``submit_tool_outputs_and_poll``, ``create_thread_and_poll``."""

from openai import OpenAI

client = OpenAI()
assistant = client.beta.assistants.create(
    model="gpt-4o-mini",
    tools=[
        {
            "type": "function",
            "function": {"name": "get_time", "parameters": {"type": "object", "properties": {}}},
        }
    ],
)
thread = client.beta.threads.create(messages=[{"role": "user", "content": "what time?"}])
run = client.beta.threads.runs.create_and_poll(
    thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=1
)
print(run.object, run.status, run.thread_id == thread.id)
if run.status == "requires_action":
    calls = run.required_action.submit_tool_outputs.tool_calls
    print([c.function.name for c in calls])
    run = client.beta.threads.runs.submit_tool_outputs_and_poll(
        run_id=run.id,
        thread_id=thread.id,
        tool_outputs=[{"tool_call_id": c.id, "output": "noon"} for c in calls],
        poll_interval_ms=1,
    )
    print(run.status)
steps = client.beta.threads.runs.steps.list(run_id=run.id, thread_id=thread.id)
print([s.object for s in steps.data])

other = client.beta.threads.create_and_run_poll(
    assistant_id=assistant.id,
    thread={"messages": [{"role": "user", "content": "again"}]},
    poll_interval_ms=1,
)
print(other.object, other.status, other.assistant_id == assistant.id)
msgs = client.beta.threads.messages.list(thread_id=other.thread_id, order="asc")
print([m.role for m in msgs])
