from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationResource")


@_attrs_define
class ConversationResource:
    id: str
    """ The unique ID of the conversation. """
    metadata: Any
    """ Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing
    additional information about the object in a structured         format, and querying for objects via API or the
    dashboard.
            Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum
    length of 512 characters. """
    created_at: int
    """ The time at which the conversation was created, measured in seconds since the Unix epoch. """
    object_: Literal["conversation"] = "conversation"
    """ The object type, which is always `conversation`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("conversation",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "metadata",
        "created_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "metadata",
            "created_at",
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
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = to_json(self.metadata)
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ConversationResource: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['conversation']", _raw_object_)
            if object_ != "conversation":
                raise ValueError(f"object must match const 'conversation', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        metadata = d.pop("metadata", UNSET)

        created_at = d.pop("created_at", UNSET)

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            metadata=metadata,
            created_at=created_at,
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
