"""Containers: create, list, upload a file, read it back, delete."""

from openai import OpenAI

client = OpenAI()

container = client.containers.create(name="scratch")
print(container.name, container.object, container.id.startswith("cntr"))
print(container.id in [c.id for c in client.containers.list()])
got = client.containers.retrieve(container.id)
print(got.id == container.id, got.status)

f = client.containers.files.create(container.id, file=("data.csv", b"a,b\n1,2\n"))
print(f.container_id == container.id, f.path.endswith("data.csv"), f.object)
print([x.id for x in client.containers.files.list(container.id)] == [f.id])
body = client.containers.files.content.retrieve(f.id, container_id=container.id)
print(body.content)
client.containers.files.delete(f.id, container_id=container.id)
client.containers.delete(container.id)
print("deleted")
