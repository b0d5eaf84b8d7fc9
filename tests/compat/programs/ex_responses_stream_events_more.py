"""Responses stream manager: output items, content parts, text done, until_done."""

from openai import OpenAI

client = OpenAI()
with client.responses.stream(model="gpt-4o-mini", input="Tell me a joke") as stream:
    for event in stream:
        if event.type == "response.created":
            print("created", event.response.status)
        elif event.type == "response.output_item.added":
            print("item", event.item.type, event.output_index)
        elif event.type == "response.content_part.added":
            print("part", event.part.type)
        elif event.type == "response.output_text.done":
            print("text", event.text)
        elif event.type == "response.completed":
            print("completed", event.response.output_text)
    final = stream.get_final_response()
print(final.status, final.output[0].content[0].text == final.output_text)

with client.responses.stream(model="gpt-4o-mini", input="again") as stream:
    stream.until_done()
    print(stream.get_final_response().output_text)
