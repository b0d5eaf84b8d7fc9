"""A Responses answer with reasoning, web search, a message with citations and a function
call, walked the way the SDK's examples do (isinstance on output item classes)."""

import json

import httpx
from openai import OpenAI
from openai.types.responses import (
    Response,
    ResponseFunctionToolCall,
    ResponseFunctionWebSearch,
    ResponseOutputMessage,
    ResponseOutputText,
    ResponseReasoningItem,
    ResponseUsage,
)

ANSWER = {
    "id": "resp_mock",
    "object": "response",
    "created_at": 1700000000,
    "status": "completed",
    "error": None,
    "incomplete_details": None,
    "instructions": "Be brief.",
    "max_output_tokens": None,
    "model": "gpt-4.1-2025-04-14",
    "parallel_tool_calls": True,
    "previous_response_id": None,
    "reasoning": {"effort": "low", "summary": "auto"},
    "temperature": 1.0,
    "text": {"format": {"type": "text"}},
    "tool_choice": "auto",
    "tools": [
        {"type": "web_search_preview", "search_context_size": "medium", "user_location": None},
        {
            "type": "function",
            "name": "get_weather",
            "description": "Weather for a city",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            "strict": True,
        },
    ],
    "top_p": 1.0,
    "truncation": "disabled",
    "user": None,
    "metadata": {},
    "output": [
        {
            "id": "rs_1",
            "type": "reasoning",
            "summary": [{"type": "summary_text", "text": "Looking up the weather."}],
        },
        {"id": "ws_1", "type": "web_search_call", "status": "completed"},
        {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "status": "completed",
            "content": [
                {
                    "type": "output_text",
                    "text": "It is sunny in Paris.",
                    "annotations": [
                        {
                            "type": "url_citation",
                            "start_index": 0,
                            "end_index": 5,
                            "url": "https://example.com/weather",
                            "title": "Weather",
                        }
                    ],
                },
                {"type": "output_text", "text": " Take a hat.", "annotations": []},
            ],
        },
        {
            "id": "fc_1",
            "type": "function_call",
            "call_id": "call_1",
            "name": "get_weather",
            "arguments": '{"city": "Paris"}',
            "status": "completed",
        },
    ],
    "usage": {
        "input_tokens": 30,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": 20,
        "output_tokens_details": {"reasoning_tokens": 8},
        "total_tokens": 50,
    },
}


def handler(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    print("sent", request.url.path, sorted(body), body["tools"][0])
    return httpx.Response(200, json=ANSWER)


client = OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
response = client.responses.create(
    model="gpt-4.1",
    instructions="Be brief.",
    input="Weather in Paris?",
    tools=[
        {"type": "web_search_preview"},
        {
            "type": "function",
            "name": "get_weather",
            "description": "Weather for a city",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            "strict": True,
        },
    ],
    reasoning={"effort": "low", "summary": "auto"},
)
print(isinstance(response, Response), response.output_text)
for item in response.output:
    print(type(item).__name__, item.type, item.id)
    if isinstance(item, ResponseReasoningItem):
        print([s.text for s in item.summary], item.encrypted_content)
    elif isinstance(item, ResponseFunctionWebSearch):
        print(item.status)
    elif isinstance(item, ResponseOutputMessage):
        for part in item.content:
            print(isinstance(part, ResponseOutputText), type(part).__name__, part.text)
            for ann in part.annotations:
                print(type(ann).__name__, ann.url, ann.start_index, ann.end_index)
    elif isinstance(item, ResponseFunctionToolCall):
        print(item.name, json.loads(item.arguments), item.call_id, item.status)
print(isinstance(response.usage, ResponseUsage), response.usage.output_tokens_details)
print(response.usage.input_tokens_details.cached_tokens, response.reasoning.effort)
print([type(t).__name__ for t in response.tools], response.tools[1].strict)
print(type(response.text.format).__name__, response.tool_choice, response.truncation)
print(response.output[2].model_dump_json(indent=2))
print(response.to_dict()["output"][3])
