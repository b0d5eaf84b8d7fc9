"""chat.completions.parse with pydantic tools and a forced tool choice: parsed_arguments
types, the strict schema sent, and a follow-up with the tool result."""

import json
from enum import Enum

from openai import OpenAI, pydantic_function_tool
from pydantic import BaseModel


class Table(str, Enum):
    orders = "orders"
    customers = "customers"


class Query(BaseModel):
    table_name: Table
    columns: list[str]
    limit: int


client = OpenAI()
completion = client.chat.completions.parse(
    model="gpt-4o-2024-08-06",
    messages=[{"role": "user", "content": "look up all my orders in may"}],
    tools=[pydantic_function_tool(Query, name="query", description="Query the DB")],
    tool_choice={"type": "function", "function": {"name": "query"}},
)
message = completion.choices[0].message
call = message.tool_calls[0]
args = call.function.parsed_arguments
print(type(call).__name__, type(call.function).__name__, type(args).__name__)
print(isinstance(args, Query), type(args.table_name).__name__, args.table_name in list(Table))
print(message.parsed, completion.choices[0].finish_reason)
follow = client.chat.completions.parse(
    model="gpt-4o-2024-08-06",
    messages=[
        {"role": "user", "content": "look up all my orders in may"},
        {
            "role": "assistant",
            "tool_calls": [
                {
                    "id": call.id,
                    "type": "function",
                    "function": {"name": call.function.name, "arguments": call.function.arguments},
                }
            ],
        },
        {"role": "tool", "tool_call_id": call.id, "content": json.dumps({"rows": 2})},
    ],
    tools=[pydantic_function_tool(Query, name="query", description="Query the DB")],
)
print(follow.choices[0].message.tool_calls, type(follow.choices[0].message.content).__name__)
