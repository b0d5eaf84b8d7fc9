from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.chat_session_status import ChatSessionStatus

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ChatSessionResource(ApiModel):
    """Represents a ChatKit session and its resolved configuration."""

    id: str
    """ Identifier for the ChatKit session. """

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

    expires_at: int | None = ABSENT
    """ Unix timestamp (in seconds) for when the session expires. """

    _sdk_name_: ClassVar[str] = "ChatSession"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("chatkit_configuration", "chatkit_configuration"),
        ("client_secret", "client_secret"),
        ("expires_at", "expires_at"),
        ("max_requests_per_1_minute", "max_requests_per_1_minute"),
        ("object", "object"),
        ("rate_limits", "rate_limits"),
        ("status", "status"),
        ("user", "user"),
        ("workflow", "workflow"),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.chatkit_configuration
        if value_2 is None:
            if "chatkit_configuration" in present:
                out["chatkit_configuration"] = None
        else:
            out["chatkit_configuration"] = to_json(value_2)
        value_3 = self.client_secret
        if value_3 is None:
            if "client_secret" in present:
                out["client_secret"] = None
        else:
            out["client_secret"] = value_3
        value_4 = self.expires_at
        if value_4 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = to_json(value_4)
        value_5 = self.max_requests_per_1_minute
        if value_5 is None:
            if "max_requests_per_1_minute" in present:
                out["max_requests_per_1_minute"] = None
        else:
            out["max_requests_per_1_minute"] = value_5
        value_6 = self.object
        if value_6 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_6
        value_7 = self.rate_limits
        if value_7 is None:
            if "rate_limits" in present:
                out["rate_limits"] = None
        else:
            out["rate_limits"] = to_json(value_7)
        value_8 = self.status
        if value_8 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_8
        value_9 = self.user
        if value_9 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = value_9
        value_10 = self.workflow
        if value_10 is None:
            if "workflow" in present:
                out["workflow"] = None
        else:
            out["workflow"] = to_json(value_10)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.expires_at = get_("expires_at")
        parsed_obj_.client_secret = get_("client_secret")
        workflow = get_("workflow")
        if workflow is not None:
            try:
                workflow = (
                    ChatkitWorkflow._from_dict_(workflow)
                    if workflow.__class__ is dict
                    else ChatkitWorkflow.from_dict(workflow)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.workflow = workflow
        parsed_obj_.user = get_("user")
        rate_limits = get_("rate_limits")
        if rate_limits is not None:
            try:
                rate_limits = (
                    ChatSessionRateLimits._from_dict_(rate_limits)
                    if rate_limits.__class__ is dict
                    else ChatSessionRateLimits.from_dict(rate_limits)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.rate_limits = rate_limits
        parsed_obj_.max_requests_per_1_minute = get_("max_requests_per_1_minute")
        parsed_obj_.status = get_("status")
        chatkit_configuration = get_("chatkit_configuration")
        if chatkit_configuration is not None:
            try:
                chatkit_configuration = (
                    ChatSessionChatkitConfiguration._from_dict_(chatkit_configuration)
                    if chatkit_configuration.__class__ is dict
                    else ChatSessionChatkitConfiguration.from_dict(chatkit_configuration)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.chatkit_configuration = chatkit_configuration
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
