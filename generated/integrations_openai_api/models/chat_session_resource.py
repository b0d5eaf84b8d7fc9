from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from ..models.chat_session_status import ChatSessionStatus, check_chat_session_status

if TYPE_CHECKING:
    from ..models.chat_session_chatkit_configuration import ChatSessionChatkitConfiguration
    from ..models.chat_session_rate_limits import ChatSessionRateLimits
    from ..models.chatkit_workflow import ChatkitWorkflow

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatSessionChatkitConfiguration, ChatSessionRateLimits, ChatkitWorkflow
    from ..models.chat_session_chatkit_configuration import ChatSessionChatkitConfiguration  # noqa: PLC0415
    from ..models.chat_session_rate_limits import ChatSessionRateLimits  # noqa: PLC0415
    from ..models.chatkit_workflow import ChatkitWorkflow  # noqa: PLC0415

    _lazy_loaded = True


def _parse_expires_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


@_attrs_define(repr=False)
class ChatSessionResource(ApiModel):
    """Represents a ChatKit session and its resolved configuration."""

    id: str
    """ Identifier for the ChatKit session. """

    expires_at: int | None
    """ Unix timestamp (in seconds) for when the session expires. """

    client_secret: str
    """ Ephemeral client secret that authenticates session requests. """

    workflow: ChatkitWorkflow
    """ Workflow metadata and state returned for the session. """

    user: str
    """ User identifier associated with the session. """

    rate_limits: ChatSessionRateLimits
    """ Active per-minute request limit for the session. """

    max_requests_per_1_minute: int
    """ Convenience copy of the per-minute request limit. """

    status: ChatSessionStatus | str

    chatkit_configuration: ChatSessionChatkitConfiguration
    """ ChatKit configuration for the session. """

    object: Literal["chatkit.session"] = "chatkit.session"
    """ Type discriminator that is always `chatkit.session`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object", "object"),
        ("expires_at", "expires_at"),
        ("client_secret", "client_secret"),
        ("workflow", "workflow"),
        ("user", "user"),
        ("rate_limits", "rate_limits"),
        ("max_requests_per_1_minute", "max_requests_per_1_minute"),
        ("status", "status"),
        ("chatkit_configuration", "chatkit_configuration"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['chatkit.session']",
        "expires_at": "int | None",
        "client_secret": "str",
        "workflow": "ChatkitWorkflow",
        "user": "str",
        "rate_limits": "ChatSessionRateLimits",
        "max_requests_per_1_minute": "int",
        "status": "ChatSessionStatus",
        "chatkit_configuration": "ChatSessionChatkitConfiguration",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("chatkit.session",),
        "status": (
            "active",
            "cancelled",
            "expired",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "expires_at",
        "client_secret",
        "workflow",
        "user",
        "rate_limits",
        "max_requests_per_1_minute",
        "status",
        "chatkit_configuration",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "expires_at",
            "client_secret",
            "workflow",
            "user",
            "rate_limits",
            "max_requests_per_1_minute",
            "status",
            "chatkit_configuration",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = d.pop("id", None)

        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["chatkit.session"]', _raw_object_)
            if object_ != "chatkit.session":
                raise ValueError(f"object must match const 'chatkit.session', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_expires_at = d.pop("expires_at", None)
        try:
            expires_at = _parse_expires_at(_raw_expires_at)

        except LENIENT_ERRORS:
            expires_at = _raw_expires_at

        client_secret = d.pop("client_secret", None)

        _raw_workflow = d.pop("workflow", None)
        try:
            workflow = ChatkitWorkflow.from_dict(_raw_workflow)

        except LENIENT_ERRORS:
            workflow = _raw_workflow

        user = d.pop("user", None)

        _raw_rate_limits = d.pop("rate_limits", None)
        try:
            rate_limits = ChatSessionRateLimits.from_dict(_raw_rate_limits)

        except LENIENT_ERRORS:
            rate_limits = _raw_rate_limits

        max_requests_per_1_minute = d.pop("max_requests_per_1_minute", None)

        _raw_status = d.pop("status", None)
        try:
            status = check_chat_session_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_chatkit_configuration = d.pop("chatkit_configuration", None)
        try:
            chatkit_configuration = ChatSessionChatkitConfiguration.from_dict(
                _raw_chatkit_configuration
            )

        except LENIENT_ERRORS:
            chatkit_configuration = _raw_chatkit_configuration

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.object = object_
        parsed_obj_.expires_at = expires_at
        parsed_obj_.client_secret = client_secret
        parsed_obj_.workflow = workflow
        parsed_obj_.user = user
        parsed_obj_.rate_limits = rate_limits
        parsed_obj_.max_requests_per_1_minute = max_requests_per_1_minute
        parsed_obj_.status = status
        parsed_obj_.chatkit_configuration = chatkit_configuration
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
