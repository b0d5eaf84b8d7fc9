"""Skills: create from files, list, retrieve, update, versions, delete."""

from openai import OpenAI

client = OpenAI()
skill = client.skills.create(files=[("SKILL.md", b"# Greeter\nSay hello.\n", "text/markdown")])
print(skill.object, type(skill.id).__name__)
listed = client.skills.list(limit=5)
print(isinstance(listed.data, list), listed.has_next_page() in (True, False))
got = client.skills.retrieve(skill.id)
print(got.object)
versions = client.skills.versions.list(skill.id)
print([v.object for v in versions][:1])
deleted = client.skills.delete(skill.id)
print(deleted.deleted in (True, False), deleted.object)
