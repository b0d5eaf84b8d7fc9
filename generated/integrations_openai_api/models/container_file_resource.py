from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerFileResource")


@_attrs_define
class ContainerFileResource:
    id: str
    """ Unique identifier for the file. """
    object_: str
    """ The type of this object (`container.file`). """
    container_id: str
    """ The container this file belongs to. """
    created_at: int
    """ Unix timestamp (in seconds) when the file was created. """
    bytes_: int
    """ Size of the file in bytes. """
    path: str
    """ Path of the file in the container. """
    source: str
    """ Source of the file (e.g., `user`, `assistant`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "container_id",
        "created_at",
        "bytes",
        "path",
        "source",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "container_id",
            "created_at",
            "bytes",
            "path",
            "source",
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
        if not isinstance(self.container_id, Unset):
            field_dict["container_id"] = self.container_id
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.bytes_, Unset):
            field_dict["bytes"] = self.bytes_
        if not isinstance(self.path, Unset):
            field_dict["path"] = self.path
        if not isinstance(self.source, Unset):
            field_dict["source"] = self.source
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ContainerFileResource: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        container_id = d.pop("container_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        bytes_ = d.pop("bytes", UNSET)

        path = d.pop("path", UNSET)

        source = d.pop("source", UNSET)

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            container_id=container_id,
            created_at=created_at,
            bytes_=bytes_,
            path=path,
            source=source,
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
