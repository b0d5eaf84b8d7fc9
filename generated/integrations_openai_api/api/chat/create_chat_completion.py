from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_chat_completion_request import CreateChatCompletionRequest
from ...models.create_chat_completion_response import CreateChatCompletionResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateChatCompletionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chat/completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateChatCompletionResponse | None:
    if response.status_code == 200:
        response_200 = CreateChatCompletionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateChatCompletionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatCompletionRequest,
) -> Response[CreateChatCompletionResponse]:
    """**Starting a new project?** We recommend trying [Responses](https://platform.openai.com/docs/api-
    reference/responses)
    to take advantage of the latest OpenAI platform features. Compare
    [Chat Completions with Responses](https://platform.openai.com/docs/guides/responses-vs-chat-
    completions?api-mode=responses).

    ---

    Creates a model response for the given chat conversation. Learn more in the
    [text generation](https://platform.openai.com/docs/guides/text-generation),
    [vision](https://platform.openai.com/docs/guides/vision),
    and [audio](https://platform.openai.com/docs/guides/audio) guides.

    Parameter support can differ depending on the model used to generate the
    response, particularly for newer reasoning models. Parameters that are only
    supported for reasoning models are noted below. For the current state of
    unsupported parameters in reasoning models,
    [refer to the reasoning guide](https://platform.openai.com/docs/guides/reasoning).

    Returns a chat completion object, or a streamed sequence of chat completion
    chunk objects if the request is streamed.

    Args:
        body (CreateChatCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateChatCompletionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatCompletionRequest,
) -> CreateChatCompletionResponse | None:
    """**Starting a new project?** We recommend trying [Responses](https://platform.openai.com/docs/api-
    reference/responses)
    to take advantage of the latest OpenAI platform features. Compare
    [Chat Completions with Responses](https://platform.openai.com/docs/guides/responses-vs-chat-
    completions?api-mode=responses).

    ---

    Creates a model response for the given chat conversation. Learn more in the
    [text generation](https://platform.openai.com/docs/guides/text-generation),
    [vision](https://platform.openai.com/docs/guides/vision),
    and [audio](https://platform.openai.com/docs/guides/audio) guides.

    Parameter support can differ depending on the model used to generate the
    response, particularly for newer reasoning models. Parameters that are only
    supported for reasoning models are noted below. For the current state of
    unsupported parameters in reasoning models,
    [refer to the reasoning guide](https://platform.openai.com/docs/guides/reasoning).

    Returns a chat completion object, or a streamed sequence of chat completion
    chunk objects if the request is streamed.

    Args:
        body (CreateChatCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateChatCompletionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatCompletionRequest,
) -> Response[CreateChatCompletionResponse]:
    """**Starting a new project?** We recommend trying [Responses](https://platform.openai.com/docs/api-
    reference/responses)
    to take advantage of the latest OpenAI platform features. Compare
    [Chat Completions with Responses](https://platform.openai.com/docs/guides/responses-vs-chat-
    completions?api-mode=responses).

    ---

    Creates a model response for the given chat conversation. Learn more in the
    [text generation](https://platform.openai.com/docs/guides/text-generation),
    [vision](https://platform.openai.com/docs/guides/vision),
    and [audio](https://platform.openai.com/docs/guides/audio) guides.

    Parameter support can differ depending on the model used to generate the
    response, particularly for newer reasoning models. Parameters that are only
    supported for reasoning models are noted below. For the current state of
    unsupported parameters in reasoning models,
    [refer to the reasoning guide](https://platform.openai.com/docs/guides/reasoning).

    Returns a chat completion object, or a streamed sequence of chat completion
    chunk objects if the request is streamed.

    Args:
        body (CreateChatCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateChatCompletionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateChatCompletionRequest,
) -> CreateChatCompletionResponse | None:
    """**Starting a new project?** We recommend trying [Responses](https://platform.openai.com/docs/api-
    reference/responses)
    to take advantage of the latest OpenAI platform features. Compare
    [Chat Completions with Responses](https://platform.openai.com/docs/guides/responses-vs-chat-
    completions?api-mode=responses).

    ---

    Creates a model response for the given chat conversation. Learn more in the
    [text generation](https://platform.openai.com/docs/guides/text-generation),
    [vision](https://platform.openai.com/docs/guides/vision),
    and [audio](https://platform.openai.com/docs/guides/audio) guides.

    Parameter support can differ depending on the model used to generate the
    response, particularly for newer reasoning models. Parameters that are only
    supported for reasoning models are noted below. For the current state of
    unsupported parameters in reasoning models,
    [refer to the reasoning guide](https://platform.openai.com/docs/guides/reasoning).

    Returns a chat completion object, or a streamed sequence of chat completion
    chunk objects if the request is streamed.

    Args:
        body (CreateChatCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateChatCompletionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
