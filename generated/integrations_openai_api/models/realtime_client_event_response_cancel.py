from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeClientEventResponseCancel")


@_attrs_define
class RealtimeClientEventResponseCancel:
    """Send this event to cancel an in-progress response. The server will respond
    with a `response.done` event with a status of `response.status=cancelled`. If
    there is no response to cancel, the server will respond with an error. It's safe
    to call `response.cancel` even if no response is in progress, an error will be
    returned the session will remain unaffected.

    """

    type_: Literal["response.cancel"] = "response.cancel"
    """ The event type, must be `response.cancel`. """
    event_id: str | Unset = UNSET
    """ Optional client-generated ID used to identify this event. """
    response_id: str | Unset = UNSET
    """ A specific response ID to cancel - if not provided, will cancel an
    in-progress response in the default conversation.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.cancel",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "event_id",
            "response_id",
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
        if self.response_id is not UNSET:
            field_dict["response_id"] = self.response_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeClientEventResponseCancel: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['response.cancel']", _raw_type_)
            if type_ != "response.cancel":
                raise ValueError(f"type must match const 'response.cancel', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        event_id = d.pop("event_id", UNSET)

        response_id = d.pop("response_id", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            event_id=event_id,
            response_id=response_id,
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
