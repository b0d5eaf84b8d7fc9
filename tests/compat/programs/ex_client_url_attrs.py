"""Client URL attributes: base_url, websocket_base_url, with_options(base_url=...)."""

from openai import AsyncOpenAI, OpenAI

client = OpenAI()
print(client.websocket_base_url)
print(OpenAI(websocket_base_url="wss://example.test/v1").websocket_base_url)
scoped = client.with_options(base_url="http://127.0.0.1:9/v9")
print(scoped.base_url, scoped.websocket_base_url)
print(str(client.base_url).startswith("http://127.0.0.1"), client.base_url.raw_path.decode())
aclient = AsyncOpenAI(websocket_base_url="wss://example.test/v2")
print(aclient.websocket_base_url, aclient.base_url.path)
