from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletedConversation")


@_attrs_define
class DeletedConversation:
    deleted: bool
    id: str
    object_: Literal["conversation.deleted"] = "conversation.deleted"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("conversation.deleted",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "deleted",
        "id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "deleted",
            "id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.deleted, Unset):
            field_dict["deleted"] = self.deleted
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"DeletedConversation: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['conversation.deleted']", _raw_object_)
            if object_ != "conversation.deleted":
                raise ValueError(f"object must match const 'conversation.deleted', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        deleted = d.pop("deleted", UNSET)

        id = d.pop("id", UNSET)

        parsed_obj_ = cls(
            object_=object_,
            deleted=deleted,
            id=id,
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
