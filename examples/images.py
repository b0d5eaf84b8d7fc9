"""Images: generate one small image."""

from integrations_openai import OpenAIClient

with OpenAIClient() as client:
    images = client.images.generate(
        model="dall-e-2", prompt="a small red circle", n=1, size="256x256", response_format="url"
    )
    for image in images.data or []:
        print("image at:", image.url or f"{len(image.b64_json or '')} base64 characters")
