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

if TYPE_CHECKING:
    from ..models.realtime_response_create_params import RealtimeResponseCreateParams

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeResponseCreateParams
    from ..models.realtime_response_create_params import RealtimeResponseCreateParams  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeClientEventResponseCreate(ApiModel):
    """This event instructs the server to create a Response, which means triggering
    model inference. When in Server VAD mode, the server will create Responses
    automatically.

    A Response will include at least one Item, and may have two, in which case
    the second will be a function call. These Items will be appended to the
    conversation history by default.

    The server will respond with a `response.created` event, events for Items
    and content created, and finally a `response.done` event to indicate the
    Response is complete.

    The `response.create` event includes inference configuration like
    `instructions` and `tools`. If these are set, they will override the Session's
    configuration for this Response only.

    Responses can be created out-of-band of the default Conversation, meaning that they can
    have arbitrary input, and it's possible to disable writing the output to the Conversation.
    Only one Response can write to the default Conversation at a time, but otherwise multiple
    Responses can be created in parallel. The `metadata` field is a good way to disambiguate
    multiple simultaneous Responses.

    Clients can set `conversation` to `none` to create a Response that does not write to the default
    Conversation. Arbitrary input can be provided with the `input` field, which is an array accepting
    raw Items and references to existing Items.

    """

    type: Literal["response.create"] = "response.create"
    """ The event type, must be `response.create`. """

    event_id: str | None = ABSENT
    """ Optional client-generated ID used to identify this event. """

    response: RealtimeResponseCreateParams | None = ABSENT
    """ Create a new Realtime response with these parameters """

    _sdk_name_: ClassVar[str] = "ResponseCreateEvent"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "response": {"RealtimeResponseCreateParams": "Response"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("event_id", "event_id"),
        ("response", "response"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['response.create']",
        "event_id": "str | Unset",
        "response": "RealtimeResponseCreateParams | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.create",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "event_id",
            "response",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.event_id
        if value_2 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_2
        value_3 = self.response
        if value_3 is None:
            if "response" in present:
                out["response"] = None
        else:
            out["response"] = to_json(value_3)
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
        parsed_obj_.type = get_("type")
        parsed_obj_.event_id = get_("event_id")
        response = get_("response")
        if response is not None:
            try:
                response = (
                    RealtimeResponseCreateParams._from_dict_(response)
                    if response.__class__ is dict
                    else RealtimeResponseCreateParams.from_dict(response)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.response = response
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
