from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class CreateChatSessionBody(ApiModel):
    """Parameters for provisioning a new ChatKit session."""

    workflow: WorkflowParam
    """ Workflow reference and overrides applied to the chat session. """

    user: str
    """ A free-form string that identifies your end user; ensures this Session can access other objects that have
    the same `user` scope. """

    expires_after: ExpiresAfterParam | None = ABSENT
    """ Controls when the session expires relative to an anchor timestamp. """

    rate_limits: RateLimitsParam | None = ABSENT
    """ Controls request rate limits for the session. """

    chatkit_configuration: ChatkitConfigurationParam | None = ABSENT
    """ Optional per-session configuration settings for ChatKit behavior. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("workflow", "workflow"),
        ("user", "user"),
        ("expires_after", "expires_after"),
        ("rate_limits", "rate_limits"),
        ("chatkit_configuration", "chatkit_configuration"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "workflow": "WorkflowParam",
        "user": "str",
        "expires_after": "ExpiresAfterParam | Unset",
        "rate_limits": "RateLimitsParam | Unset",
        "chatkit_configuration": "ChatkitConfigurationParam | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_workflow = d.pop("workflow", None)
        try:
            workflow = WorkflowParam.from_dict(_raw_workflow)

        except LENIENT_ERRORS:
            workflow = _raw_workflow

        user = d.pop("user", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.workflow = workflow
        parsed_obj_.user = user
        parsed_obj_.expires_after = None if isinstance(expires_after, Unset) else expires_after
        parsed_obj_.rate_limits = None if isinstance(rate_limits, Unset) else rate_limits
        parsed_obj_.chatkit_configuration = (
            None if isinstance(chatkit_configuration, Unset) else chatkit_configuration
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
