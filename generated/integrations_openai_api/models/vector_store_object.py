from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.vector_store_object_status import (
    VectorStoreObjectStatus,
    check_vector_store_object_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_2 import Metadata2
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter
    from ..models.vector_store_object_file_counts import VectorStoreObjectFileCounts

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Metadata2, VectorStoreExpirationAfter, VectorStoreObjectFileCounts
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter  # noqa: PLC0415
    from ..models.vector_store_object_file_counts import VectorStoreObjectFileCounts  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="VectorStoreObject")


def _parse_name(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_last_active_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_metadata(data: object) -> Metadata2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None", data)


def _parse_expires_after(data: object) -> None | Unset | VectorStoreExpirationAfter:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return VectorStoreExpirationAfter.from_dict(data)
    return cast("None | Unset | VectorStoreExpirationAfter", data)


def _parse_expires_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class VectorStoreObject:
    """A vector store is a collection of processed files can be used by the `file_search` tool."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the vector store was created. """
    name: None | str
    """ The name of the vector store. """
    usage_bytes: int
    """ The total number of bytes used by the files in the vector store. """
    file_counts: VectorStoreObjectFileCounts
    status: VectorStoreObjectStatus
    """ The status of the vector store, which can be either `expired`, `in_progress`, or `completed`. A status of
    `completed` indicates that the vector store is ready for use. """
    last_active_at: int | None
    metadata: Metadata2 | None
    object_: Literal["vector_store"] = "vector_store"
    """ The object type, which is always `vector_store`. """
    expires_after: None | Unset | VectorStoreExpirationAfter = UNSET
    expires_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("vector_store",),
        "status": (
            "completed",
            "expired",
            "in_progress",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "name",
        "usage_bytes",
        "file_counts",
        "status",
        "last_active_at",
        "metadata",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "name",
            "usage_bytes",
            "file_counts",
            "status",
            "last_active_at",
            "metadata",
            "expires_after",
            "expires_at",
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
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.name, Unset):
            field_dict["name"] = to_json(self.name)
        if not isinstance(self.usage_bytes, Unset):
            field_dict["usage_bytes"] = self.usage_bytes
        if not isinstance(self.file_counts, Unset):
            field_dict["file_counts"] = to_json(self.file_counts)
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.last_active_at, Unset):
            field_dict["last_active_at"] = to_json(self.last_active_at)
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = to_json(self.metadata)
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = to_json(self.expires_after)
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = to_json(self.expires_at)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"VectorStoreObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['vector_store']", _raw_object_)
            if object_ != "vector_store":
                raise ValueError(f"object must match const 'vector_store', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        created_at = d.pop("created_at", UNSET)

        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        usage_bytes = d.pop("usage_bytes", UNSET)

        _raw_file_counts = d.pop("file_counts", UNSET)
        try:
            file_counts = VectorStoreObjectFileCounts.from_dict(_raw_file_counts)

        except LENIENT_ERRORS:
            file_counts = _raw_file_counts

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_vector_store_object_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_last_active_at = d.pop("last_active_at", UNSET)
        try:
            last_active_at = _parse_last_active_at(_raw_last_active_at)

        except LENIENT_ERRORS:
            last_active_at = _raw_last_active_at

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_expires_after = d.pop("expires_after", UNSET)
        try:
            expires_after = _parse_expires_after(_raw_expires_after)

        except LENIENT_ERRORS:
            expires_after = _raw_expires_after

        _raw_expires_at = d.pop("expires_at", UNSET)
        try:
            expires_at = _parse_expires_at(_raw_expires_at)

        except LENIENT_ERRORS:
            expires_at = _raw_expires_at

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            name=name,
            usage_bytes=usage_bytes,
            file_counts=file_counts,
            status=status,
            last_active_at=last_active_at,
            metadata=metadata,
            expires_after=expires_after,
            expires_at=expires_at,
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
