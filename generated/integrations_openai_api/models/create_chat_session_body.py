from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chatkit_configuration_param import ChatkitConfigurationParam
    from ..models.expires_after_param import ExpiresAfterParam
    from ..models.rate_limits_param import RateLimitsParam
    from ..models.workflow_param import WorkflowParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ChatkitConfigurationParam, \
        ExpiresAfterParam, \
        RateLimitsParam, \
        WorkflowParam
    from ..models.chatkit_configuration_param import ChatkitConfigurationParam  # noqa: PLC0415
    from ..models.expires_after_param import ExpiresAfterParam  # noqa: PLC0415
    from ..models.rate_limits_param import RateLimitsParam  # noqa: PLC0415
    from ..models.workflow_param import WorkflowParam  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateChatSessionBody")


@_attrs_define
class CreateChatSessionBody:
    """Parameters for provisioning a new ChatKit session."""

    workflow: WorkflowParam
    """ Workflow reference and overrides applied to the chat session. """
    user: str
    """ A free-form string that identifies your end user; ensures this Session can access other objects that have
    the same `user` scope. """
    expires_after: ExpiresAfterParam | Unset = UNSET
    """ Controls when the session expires relative to an anchor timestamp. """
    rate_limits: RateLimitsParam | Unset = UNSET
    """ Controls request rate limits for the session. """
    chatkit_configuration: ChatkitConfigurationParam | Unset = UNSET
    """ Optional per-session configuration settings for ChatKit behavior. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "workflow",
        "user",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "workflow",
            "user",
            "expires_after",
            "rate_limits",
            "chatkit_configuration",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.workflow, Unset):
            field_dict["workflow"] = to_json(self.workflow)
        if not isinstance(self.user, Unset):
            field_dict["user"] = self.user
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = to_json(self.expires_after)
        if self.rate_limits is not UNSET:
            field_dict["rate_limits"] = to_json(self.rate_limits)
        if self.chatkit_configuration is not UNSET:
            field_dict["chatkit_configuration"] = to_json(self.chatkit_configuration)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateChatSessionBody: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_workflow = d.pop("workflow", UNSET)
        try:
            workflow = WorkflowParam.from_dict(_raw_workflow)

        except LENIENT_ERRORS:
            workflow = _raw_workflow

        user = d.pop("user", UNSET)

        _raw_expires_after = d.pop("expires_after", UNSET)
        try:
            _expires_after = _raw_expires_after
            expires_after: ExpiresAfterParam | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = ExpiresAfterParam.from_dict(_expires_after)

        except LENIENT_ERRORS:
            expires_after = _raw_expires_after

        _raw_rate_limits = d.pop("rate_limits", UNSET)
        try:
            _rate_limits = _raw_rate_limits
            rate_limits: RateLimitsParam | Unset
            if isinstance(_rate_limits, Unset):
                rate_limits = UNSET
            else:
                rate_limits = RateLimitsParam.from_dict(_rate_limits)

        except LENIENT_ERRORS:
            rate_limits = _raw_rate_limits

        _raw_chatkit_configuration = d.pop("chatkit_configuration", UNSET)
        try:
            _chatkit_configuration = _raw_chatkit_configuration
            chatkit_configuration: ChatkitConfigurationParam | Unset
            if isinstance(_chatkit_configuration, Unset):
                chatkit_configuration = UNSET
            else:
                chatkit_configuration = ChatkitConfigurationParam.from_dict(_chatkit_configuration)

        except LENIENT_ERRORS:
            chatkit_configuration = _raw_chatkit_configuration

        parsed_obj_ = cls(
            workflow=workflow,
            user=user,
            expires_after=expires_after,
            rate_limits=rate_limits,
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
