"""Videos: create, retrieve, list, remix, download_content, delete."""

import os
from pathlib import Path

from openai import OpenAI

client = OpenAI()
video = client.videos.create(model="sora-2", prompt="A calm lake at dawn", seconds="4")
print(video.object, video.model, video.status in ("queued", "in_progress", "completed"))
again = client.videos.retrieve(video.id)
print(again.id == video.id, again.prompt)
print(any(v.id == video.id for v in client.videos.list(limit=10)))
remixed = client.videos.remix(video.id, prompt="Now at dusk")
print(remixed.object, remixed.remixed_from_video_id == video.id)
content = client.videos.download_content(video.id, variant="thumbnail")
target = Path(os.environ["COMPAT_TMP"]) / "thumb.webp"
content.write_to_file(target)
print(target.stat().st_size == len(content.content), content.response.status_code)
deleted = client.videos.delete(video.id)
print(deleted.deleted, deleted.object)
