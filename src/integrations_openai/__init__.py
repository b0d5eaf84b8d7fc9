"""integrations-openai: a typed, resilient client for the OpenAI API.

``OpenAI``/``AsyncOpenAI`` are the official SDK's names for ``OpenAIClient`` and
``AsyncOpenAIClient``. Like the SDK, the package is also a client: set ``api_key`` (and
``organization``, ``base_url``, ``timeout``...) on it and call ``chat.completions.create``
on it; a default client is built lazily from those settings.
"""

from __future__ import annotations

import sys as _sys
import typing as _typing

from integrations_openai_api._facade_runtime import BinaryContent

from ._client import AsyncOpenAIClient, OpenAIClient
from ._default_clients import (
    DefaultAioHttpClient,
    DefaultAsyncHttpx2Client,
    DefaultAsyncHttpxClient,
    DefaultHttpx2Client,
    DefaultHttpxClient,
)
from ._headers import RateLimitInfo
from ._logs import JsonFormatter, add_openai_fields
from ._module_client import install as _install
from ._response import AsyncStreamedResponse, RawResponse, StreamedResponse
from ._sdk_names import (
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    BaseModel,
    file_from_path,
)
from ._sentinels import NOT_GIVEN, NotGiven, Omit, omit
from ._version import __version__ as __version__
from .azure import AsyncAzureOpenAI, AsyncAzureOpenAIClient, AzureOpenAI, AzureOpenAIClient
from .config import BreakerPolicy, RateLimitPolicy, RetryPolicy, Timeout
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CircuitOpenError,
    ConfigurationError,
    ConflictError,
    ContentFilterFinishReasonError,
    ContentPolicyError,
    InternalServerError,
    InvalidWebhookSignatureError,
    LengthFinishReasonError,
    NetworkError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    RequestTimeoutError,
    ResponseDecodeError,
    ServerError,
    StreamCutError,
    StreamError,
    TimeoutError,
    UnprocessableEntityError,
    ValidationError,
)
from .instrumentation import (
    Listener,
    OpenTelemetryListener,
    PrometheusListener,
    default_listeners,
)
from .pagination import AsyncPage, AsyncPaginator, PageInfo, SyncPage
from .stream import (
    AssistantEventHandler,
    AsyncAssistantEventHandler,
    ChatCompletionAccumulator,
    ResponseAccumulator,
)
from .structured import pydantic_function_tool
from .transport._boundary import rate_limit_of
from .transport._telemetry import LoggingListener

if _typing.TYPE_CHECKING:
    # The module-level client's settings and resources (``openai.api_key = ...``), for type
    # checkers only: at run time ``ClientModule`` serves them (no globals, nothing built).
    import httpx
    from integrations_openai_api.resources.admin import Admin
    from integrations_openai_api.resources.assistants import Assistants
    from integrations_openai_api.resources.audio import Audio
    from integrations_openai_api.resources.batches import Batches
    from integrations_openai_api.resources.beta import Beta
    from integrations_openai_api.resources.chat import Chat
    from integrations_openai_api.resources.chatkit import Chatkit
    from integrations_openai_api.resources.completions import Completions
    from integrations_openai_api.resources.containers import Containers
    from integrations_openai_api.resources.conversations import Conversations
    from integrations_openai_api.resources.embeddings import Embeddings
    from integrations_openai_api.resources.evals import Evals
    from integrations_openai_api.resources.files import Files
    from integrations_openai_api.resources.fine_tuning import FineTuning
    from integrations_openai_api.resources.images import Images
    from integrations_openai_api.resources.models import Models
    from integrations_openai_api.resources.moderations import Moderations
    from integrations_openai_api.resources.realtime import Realtime
    from integrations_openai_api.resources.responses import Responses
    from integrations_openai_api.resources.skills import Skills
    from integrations_openai_api.resources.threads import Threads
    from integrations_openai_api.resources.uploads import Uploads
    from integrations_openai_api.resources.vector_stores import VectorStores
    from integrations_openai_api.resources.videos import Videos

    from . import types as types

    api_key: str | None
    organization: str | None
    project: str | None
    base_url: str | None
    timeout: float | Timeout | httpx.Timeout | None
    max_retries: int | None
    default_headers: dict[str, str] | None
    default_query: dict[str, object] | None
    http_client: httpx.Client | None
    webhook_secret: str | None
    assistants: Assistants
    audio: Audio
    batches: Batches
    chat: Chat
    completions: Completions
    containers: Containers
    conversations: Conversations
    embeddings: Embeddings
    evals: Evals
    files: Files
    fine_tuning: FineTuning
    images: Images
    models: Models
    moderations: Moderations
    admin: Admin
    realtime: Realtime
    responses: Responses
    threads: Threads
    uploads: Uploads
    vector_stores: VectorStores
    videos: Videos
    skills: Skills
    chatkit: Chatkit
    beta: Beta

#: The official SDK's name for ``OpenAIClient``.
OpenAI = OpenAIClient
#: The official SDK's name for ``AsyncOpenAIClient``.
AsyncOpenAI = AsyncOpenAIClient
#: The official SDK's other name for ``OpenAIClient``.
Client = OpenAIClient
#: The official SDK's other name for ``AsyncOpenAIClient``.
AsyncClient = AsyncOpenAIClient
if _typing.TYPE_CHECKING:
    # To a type checker the SDK's names are the views calls are declared to return, so a
    # user's `-> Stream[ChatCompletionChunk]` accepts `create(..., stream=True)` as with the SDK.
    from integrations_openai_api._facade_runtime import AsyncEventStream as AsyncStream
    from integrations_openai_api._facade_runtime import AsyncStreamedResponse as AsyncAPIResponse
    from integrations_openai_api._facade_runtime import EventStream as Stream
    from integrations_openai_api._facade_runtime import StreamedResponse as APIResponse
else:
    from .stream import AsyncStream, Stream

    #: The official SDK's name for what ``with_streaming_response`` yields (sync).
    APIResponse = StreamedResponse
    #: The official SDK's name for what ``with_streaming_response`` yields (async).
    AsyncAPIResponse = AsyncStreamedResponse
#: The official SDK's name for a binary body (speech, file content).
HttpxBinaryResponseContent = BinaryContent
#: The official SDK's lower-case name for ``NOT_GIVEN``.
not_given = NOT_GIVEN
#: The package version (the official SDK's name for ``__version__``).
VERSION = __version__

# Plain sorted() order (tests/unit/test_public_api.py), not ruff's constants-first order.
__all__ = [  # noqa: RUF022
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AssistantEventHandler",
    "AsyncAPIResponse",
    "AsyncAssistantEventHandler",
    "AsyncAzureOpenAI",
    "AsyncAzureOpenAIClient",
    "AsyncClient",
    "AsyncOpenAI",
    "AsyncOpenAIClient",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncStream",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "AzureOpenAI",
    "AzureOpenAIClient",
    "BadRequestError",
    "BaseModel",
    "BinaryContent",
    "BreakerPolicy",
    "ChatCompletionAccumulator",
    "CircuitOpenError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "ContentPolicyError",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpx2Client",
    "DefaultAsyncHttpxClient",
    "DefaultHttpx2Client",
    "DefaultHttpxClient",
    "HttpxBinaryResponseContent",
    "InternalServerError",
    "InvalidWebhookSignatureError",
    "JsonFormatter",
    "LengthFinishReasonError",
    "Listener",
    "LoggingListener",
    "NOT_GIVEN",
    "NetworkError",
    "NotFoundError",
    "NotGiven",
    "Omit",
    "OpenAI",
    "OpenAIClient",
    "OpenAIError",
    "OpenTelemetryListener",
    "PageInfo",
    "PermissionDeniedError",
    "PrometheusListener",
    "QuotaExceededError",
    "RateLimitError",
    "RateLimitInfo",
    "RateLimitPolicy",
    "RawResponse",
    "RequestTimeoutError",
    "ResponseAccumulator",
    "ResponseDecodeError",
    "RetryPolicy",
    "ServerError",
    "Stream",
    "StreamCutError",
    "StreamError",
    "StreamedResponse",
    "SyncPage",
    "Timeout",
    "TimeoutError",
    "UnprocessableEntityError",
    "VERSION",
    "ValidationError",
    "add_openai_fields",
    "default_listeners",
    "file_from_path",
    "not_given",
    "omit",
    "pydantic_function_tool",
    "rate_limit_of",
]

_install(_sys.modules[__name__])
