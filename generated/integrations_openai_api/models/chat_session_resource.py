from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.chat_session_status import ChatSessionStatus, check_chat_session_status
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="ChatSessionResource")


def _parse_expires_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


@_attrs_define
class ChatSessionResource:
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
    status: ChatSessionStatus
    chatkit_configuration: ChatSessionChatkitConfiguration
    """ ChatKit configuration for the session. """
    object_: Literal["chatkit.session"] = "chatkit.session"
    """ Type discriminator that is always `chatkit.session`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.expires_at, Unset):
            field_dict["expires_at"] = to_json(self.expires_at)
        if not isinstance(self.client_secret, Unset):
            field_dict["client_secret"] = self.client_secret
        if not isinstance(self.workflow, Unset):
            field_dict["workflow"] = to_json(self.workflow)
        if not isinstance(self.user, Unset):
            field_dict["user"] = self.user
        if not isinstance(self.rate_limits, Unset):
            field_dict["rate_limits"] = to_json(self.rate_limits)
        if not isinstance(self.max_requests_per_1_minute, Unset):
            field_dict["max_requests_per_1_minute"] = self.max_requests_per_1_minute
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.chatkit_configuration, Unset):
            field_dict["chatkit_configuration"] = to_json(self.chatkit_configuration)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatSessionResource: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['chatkit.session']", _raw_object_)
            if object_ != "chatkit.session":
                raise ValueError(f"object must match const 'chatkit.session', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_expires_at = d.pop("expires_at", UNSET)
        try:
            expires_at = _parse_expires_at(_raw_expires_at)

        except LENIENT_ERRORS:
            expires_at = _raw_expires_at

        client_secret = d.pop("client_secret", UNSET)

        _raw_workflow = d.pop("workflow", UNSET)
        try:
            workflow = ChatkitWorkflow.from_dict(_raw_workflow)

        except LENIENT_ERRORS:
            workflow = _raw_workflow

        user = d.pop("user", UNSET)

        _raw_rate_limits = d.pop("rate_limits", UNSET)
        try:
            rate_limits = ChatSessionRateLimits.from_dict(_raw_rate_limits)

        except LENIENT_ERRORS:
            rate_limits = _raw_rate_limits

        max_requests_per_1_minute = d.pop("max_requests_per_1_minute", UNSET)

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_chat_session_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_chatkit_configuration = d.pop("chatkit_configuration", UNSET)
        try:
            chatkit_configuration = ChatSessionChatkitConfiguration.from_dict(
                _raw_chatkit_configuration
            )

        except LENIENT_ERRORS:
            chatkit_configuration = _raw_chatkit_configuration

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            expires_at=expires_at,
            client_secret=client_secret,
            workflow=workflow,
            user=user,
            rate_limits=rate_limits,
            max_requests_per_1_minute=max_requests_per_1_minute,
            status=status,
            chatkit_configuration=chatkit_configuration,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
