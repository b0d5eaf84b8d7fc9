"""Request params built with the SDK's TypedDicts (what typed code does), sent as is."""

from openai import OpenAI
from openai.types.chat import (
    ChatCompletionAssistantMessageParam,
    ChatCompletionContentPartImageParam,
    ChatCompletionContentPartTextParam,
    ChatCompletionMessageParam,
    ChatCompletionSystemMessageParam,
    ChatCompletionToolParam,
    ChatCompletionUserMessageParam,
)
from openai.types.shared_params import FunctionDefinition

system = ChatCompletionSystemMessageParam(role="system", content="Be terse.")
text = ChatCompletionContentPartTextParam(type="text", text="What is in this image?")
image = ChatCompletionContentPartImageParam(
    type="image_url", image_url={"url": "https://example.com/cat.png", "detail": "low"}
)
user = ChatCompletionUserMessageParam(role="user", content=[text, image], name="ann")
assistant = ChatCompletionAssistantMessageParam(role="assistant", content="A cat.")
follow_up: ChatCompletionMessageParam = {"role": "user", "content": "Color?"}
messages: list[ChatCompletionMessageParam] = [system, user, assistant, follow_up]
tool = ChatCompletionToolParam(
    type="function",
    function=FunctionDefinition(
        name="describe", description="Describe", parameters={"type": "object", "properties": {}}
    ),
)
print(type(user).__name__, user["content"][1]["image_url"]["detail"], tool["function"]["name"])
client = OpenAI()
completion = client.chat.completions.create(
    model="gpt-4o-mini", messages=messages, tools=[tool], tool_choice="none", temperature=0
)
print(completion.choices[0].finish_reason, completion.choices[0].message.role)
