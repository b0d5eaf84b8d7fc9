from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_object import MessageObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MessageObject
    from ..models.message_object import MessageObject  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="MessageStreamEventThreadMessageCompleted")


@_attrs_define
class MessageStreamEventThreadMessageCompleted:
    """Occurs when a [message](/docs/api-reference/messages/object) is completed."""

    data: MessageObject
    """ Represents a message within a [thread](/docs/api-reference/threads). """
    event: Literal["thread.message.completed"] = "thread.message.completed"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "event": ("thread.message.completed",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event",
        "data",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event",
            "data",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.event, Unset):
            field_dict["event"] = self.event
        if not isinstance(self.data, Unset):
            field_dict["data"] = to_json(self.data)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"MessageStreamEventThreadMessageCompleted: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_event = d.pop("event", UNSET)
        try:
            event = cast("Literal['thread.message.completed']", _raw_event)
            if event != "thread.message.completed":
                raise ValueError(
                    f"event must match const 'thread.message.completed', got '{event}'"
                )
        except LENIENT_ERRORS:
            event = _raw_event

        _raw_data = d.pop("data", UNSET)
        try:
            data = MessageObject.from_dict(_raw_data)

        except LENIENT_ERRORS:
            data = _raw_data

        parsed_obj_ = cls(
            event=event,
            data=data,
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
