"""Image generation options and the fields of the result."""

from openai import OpenAI

client = OpenAI()
result = client.images.generate(
    model="gpt-image-1",
    prompt="a small blue square",
    size="1024x1024",
    quality="high",
    n=2,
    background="transparent",
    output_format="png",
)
print(len(result.data), result.created > 0)
for image in result.data:
    print(image.b64_json is not None, image.url, image.revised_prompt is None or True)
print(result.usage.total_tokens if result.usage else None)
print(sorted(result.to_dict())[:3])
url_style = client.images.generate(model="dall-e-3", prompt="sky", response_format="url")
print(url_style.data[0].url is not None or url_style.data[0].b64_json is not None)
