"""Assistants: a vector store, an assistant with a tool, a run that calls it, the answer."""

import json

from _demo import TERMINAL, pause

from integrations_openai import OpenAIClient

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city today.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}

with OpenAIClient() as client:
    notes = client.files.create(file=("notes.txt", b"Paris is sunny."), purpose="assistants")
    store = client.vector_stores.create(name="demo-store", file_ids=[notes.id])
    print(f"vector store {store.id}: {store.status}, {store.file_counts.total} file(s)")
    assistant = client.assistants.create(
        model="gpt-4o-mini", name="demo", instructions="Answer in one sentence.", tools=[WEATHER]
    )
    print(f"assistant {assistant.id}: {assistant.name}")
    thread = client.threads.create()
    client.threads.messages.create(thread.id, role="user", content="What is the weather in Paris?")
    run = client.threads.runs.create(thread.id, assistant_id=assistant.id)
    print(f"run {run.id}: {run.status}")
    for _ in range(10):
        pause()
        run = client.threads.runs.retrieve(run.id, thread_id=thread.id)
        print(f"  polled: {run.status}")
        if run.status == "requires_action" and run.required_action:
            calls = run.required_action.submit_tool_outputs.tool_calls
            for call in calls:
                print(f"  tool call: {call.function.name}({json.loads(call.function.arguments)})")
            run = client.threads.runs.submit_tool_outputs(
                run.id,
                thread_id=thread.id,
                tool_outputs=[{"tool_call_id": c.id, "output": "sunny, 21 C"} for c in calls],
            )
            print(f"  tool outputs sent: {run.status}")
        elif run.status in TERMINAL:
            break
    if run.status == "completed":
        reply = client.threads.messages.list(thread.id, limit=1).first_page.items[0]
        for part in reply.content:
            text = getattr(part, "text", None)
            if text is not None:
                print(f"assistant says: {text.value!r}")
    elif run.status not in TERMINAL:
        print(f"cancelling: {client.threads.runs.cancel(run.id, thread_id=thread.id).status}")
    print(
        "cleanup:",
        client.assistants.delete(assistant.id).deleted,
        client.vector_stores.delete(store.id).deleted,
        client.files.delete(notes.id).deleted,
    )
