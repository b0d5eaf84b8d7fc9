"""Vector stores: create, add a file, list files, delete."""

from openai import OpenAI

client = OpenAI()
store = client.vector_stores.create(name="docs")
print(store.object, store.name, store.status, store.file_counts.total)
file = client.files.create(file=("doc.txt", b"hello vector store"), purpose="assistants")
attached = client.vector_stores.files.create(vector_store_id=store.id, file_id=file.id)
print(attached.object, attached.status)
print([f.id == file.id for f in client.vector_stores.files.list(vector_store_id=store.id)])
print(client.vector_stores.retrieve(store.id).name)
print(client.vector_stores.delete(store.id).deleted)
