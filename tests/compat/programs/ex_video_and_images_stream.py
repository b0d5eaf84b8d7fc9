"""examples/video.py and image_stream.py style: a video polled to completion, streamed images."""

from openai import OpenAI

client = OpenAI()
video = client.videos.create_and_poll(model="sora-2", prompt="A calico cat playing a piano")
print(video.object, video.status, video.model)

stream = client.images.generate(
    model="gpt-image-1", prompt="a river", stream=True, partial_images=1
)
for event in stream:
    print(event.type, type(event.b64_json).__name__)
