"""Vector store helpers: ``upload_and_poll`` and ``file_batches.upload_and_poll``."""

import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
tmp = Path(os.environ["COMPAT_TMP"])
(tmp / "a.txt").write_text("alpha")
(tmp / "b.txt").write_text("beta")
store = client.vector_stores.create(name="kb")
one = client.vector_stores.files.upload_and_poll(
    vector_store_id=store.id, file=(tmp / "a.txt").open("rb")
)
print(one.status, one.object)
batch = client.vector_stores.file_batches.upload_and_poll(
    vector_store_id=store.id, files=[(tmp / "b.txt").open("rb")]
)
print(batch.status, batch.file_counts.completed, batch.file_counts.total)
print(client.vector_stores.retrieve(store.id).file_counts.total)
