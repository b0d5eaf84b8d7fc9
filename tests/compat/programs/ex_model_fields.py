"""Class-level introspection: model_fields, aliases, and fields set after parsing."""

from openai import OpenAI
from openai.types import Batch, FileObject, Model
from openai.types.chat import ChatCompletionMessage

for cls in (FileObject, Model, Batch, ChatCompletionMessage):
    fields = cls.model_fields
    print(cls.model_fields is fields, "id" in fields, len(fields) > 2)
print(sorted(FileObject.model_fields))
print(FileObject.model_fields["filename"].annotation, FileObject.model_fields["bytes"].alias)
print(sorted(Model.model_fields), Model.model_fields["created"].annotation)

client = OpenAI()
created = client.files.create(file=("x.jsonl", b"{}\n"), purpose="batch")
print(set(created.model_fields_set) <= set(FileObject.model_fields))
print([name for name in FileObject.model_fields if getattr(created, name) is None])
