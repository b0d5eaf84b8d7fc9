"""examples/responses/streaming.py style: ``client.responses.stream`` as a context manager."""

from openai import OpenAI

client = OpenAI()

with client.responses.stream(
    model="gpt-4o-mini",
    input="solve 8x + 31 = 2",
) as stream:
    for event in stream:
        if event.type == "response.output_text.delta":
            print(event.delta, end="|")
        elif event.type == "response.completed":
            print()
            print("completed:", event.response.status)
        else:
            print(event.type)

    response = stream.get_final_response()
    print(response.output_text)
    print(response.output[0].content[0].text == response.output_text)
