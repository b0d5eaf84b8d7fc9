from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_beta_response_create_params import RealtimeBetaResponseCreateParams

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeBetaResponseCreateParams
    from ..models.realtime_beta_response_create_params import RealtimeBetaResponseCreateParams  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeBetaClientEventResponseCreate")


@_attrs_define
class RealtimeBetaClientEventResponseCreate:
    """This event instructs the server to create a Response, which means triggering
    model inference. When in Server VAD mode, the server will create Responses
    automatically.

    A Response will include at least one Item, and may have two, in which case
    the second will be a function call. These Items will be appended to the
    conversation history.

    The server will respond with a `response.created` event, events for Items
    and content created, and finally a `response.done` event to indicate the
    Response is complete.

    The `response.create` event can optionally include inference configuration like
    `instructions`, and `temperature`. These fields will override the Session's
    configuration for this Response only.

    Responses can be created out-of-band of the default Conversation, meaning that they can
    have arbitrary input, and it's possible to disable writing the output to the Conversation.
    Only one Response can write to the default Conversation at a time, but otherwise multiple
    Responses can be created in parallel.

    Clients can set `conversation` to `none` to create a Response that does not write to the default
    Conversation. Arbitrary input can be provided with the `input` field, which is an array accepting
    raw Items and references to existing Items.

    """

    type_: Literal["response.create"] = "response.create"
    """ The event type, must be `response.create`. """
    event_id: str | Unset = UNSET
    """ Optional client-generated ID used to identify this event. """
    response: RealtimeBetaResponseCreateParams | Unset = UNSET
    """ Create a new Realtime response with these parameters """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.event_id is not UNSET:
            field_dict["event_id"] = self.event_id
        if self.response is not UNSET:
            field_dict["response"] = to_json(self.response)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaClientEventResponseCreate: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['response.create']", _raw_type_)
            if type_ != "response.create":
                raise ValueError(f"type must match const 'response.create', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        event_id = d.pop("event_id", UNSET)

        _raw_response = d.pop("response", UNSET)
        try:
            _response = _raw_response
            response: RealtimeBetaResponseCreateParams | Unset
            if isinstance(_response, Unset):
                response = UNSET
            else:
                response = RealtimeBetaResponseCreateParams.from_dict(_response)

        except LENIENT_ERRORS:
            response = _raw_response

        parsed_obj_ = cls(
            type_=type_,
            event_id=event_id,
            response=response,
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
