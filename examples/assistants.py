"""Assistants: an assistant, a vector store, a thread with a message, a run."""

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    store = client.vector_stores.create(name="demo-store")
    print(f"vector store {store.id}: {store.status}")
    assistant = client.assistants.create(
        model="gpt-4o-mini", name="demo", instructions="Answer in one sentence."
    )
    print(f"assistant {assistant.id}: {assistant.name}")
    thread = client.threads.create()
    message = client.threads.messages.create(thread.id, role="user", content="What is 2 + 2?")
    print(f"thread {thread.id}, message {message.id}")
    run = client.threads.runs.create(thread.id, assistant_id=assistant.id)
    print(f"run {run.id}: {run.status}")
    print(
        "cleanup:",
        client.assistants.delete(assistant.id).deleted,
        client.vector_stores.delete(store.id).deleted,
    )
