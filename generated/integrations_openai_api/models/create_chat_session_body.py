from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.workflow
        if value_1 is None:
            if "workflow" in present:
                out["workflow"] = None
        else:
            out["workflow"] = to_json(value_1)
        value_2 = self.user
        if value_2 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = value_2
        value_3 = self.expires_after
        if value_3 is None:
            if "expires_after" in present:
                out["expires_after"] = None
        else:
            out["expires_after"] = to_json(value_3)
        value_4 = self.rate_limits
        if value_4 is None:
            if "rate_limits" in present:
                out["rate_limits"] = None
        else:
            out["rate_limits"] = to_json(value_4)
        value_5 = self.chatkit_configuration
        if value_5 is None:
            if "chatkit_configuration" in present:
                out["chatkit_configuration"] = None
        else:
            out["chatkit_configuration"] = to_json(value_5)
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
        workflow = get_("workflow")
        if workflow is not None:
            try:
                workflow = (
                    WorkflowParam._from_dict_(workflow)
                    if workflow.__class__ is dict
                    else WorkflowParam.from_dict(workflow)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.workflow = workflow
        parsed_obj_.user = get_("user")
        expires_after = get_("expires_after")
        if expires_after is not None:
            try:
                expires_after = (
                    ExpiresAfterParam._from_dict_(expires_after)
                    if expires_after.__class__ is dict
                    else ExpiresAfterParam.from_dict(expires_after)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.expires_after = expires_after
        rate_limits = get_("rate_limits")
        if rate_limits is not None:
            try:
                rate_limits = (
                    RateLimitsParam._from_dict_(rate_limits)
                    if rate_limits.__class__ is dict
                    else RateLimitsParam.from_dict(rate_limits)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.rate_limits = rate_limits
        chatkit_configuration = get_("chatkit_configuration")
        if chatkit_configuration is not None:
            try:
                chatkit_configuration = (
                    ChatkitConfigurationParam._from_dict_(chatkit_configuration)
                    if chatkit_configuration.__class__ is dict
                    else ChatkitConfigurationParam.from_dict(chatkit_configuration)
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
