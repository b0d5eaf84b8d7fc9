from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.vector_store_file_batch_object_status import (
    VectorStoreFileBatchObjectStatus,
    check_vector_store_file_batch_object_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vector_store_file_batch_object_file_counts import (
        VectorStoreFileBatchObjectFileCounts,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VectorStoreFileBatchObjectFileCounts
    from ..models.vector_store_file_batch_object_file_counts import (
        VectorStoreFileBatchObjectFileCounts,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="VectorStoreFileBatchObject")


@_attrs_define
class VectorStoreFileBatchObject:
    """A batch of files attached to a vector store."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the vector store files batch was created. """
    vector_store_id: str
    """ The ID of the [vector store](/docs/api-reference/vector-stores/object) that the [File](/docs/api-
    reference/files) is attached to. """
    status: VectorStoreFileBatchObjectStatus
    """ The status of the vector store files batch, which can be either `in_progress`, `completed`, `cancelled` or
    `failed`. """
    file_counts: VectorStoreFileBatchObjectFileCounts
    object_: Literal["vector_store.files_batch"] = "vector_store.files_batch"
    """ The object type, which is always `vector_store.file_batch`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("vector_store.files_batch",),
        "status": (
            "cancelled",
            "completed",
            "failed",
            "in_progress",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "vector_store_id",
        "status",
        "file_counts",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "vector_store_id",
            "status",
            "file_counts",
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
        if not isinstance(self.vector_store_id, Unset):
            field_dict["vector_store_id"] = self.vector_store_id
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.file_counts, Unset):
            field_dict["file_counts"] = to_json(self.file_counts)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"VectorStoreFileBatchObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['vector_store.files_batch']", _raw_object_)
            if object_ != "vector_store.files_batch":
                raise ValueError(
                    f"object must match const 'vector_store.files_batch', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        created_at = d.pop("created_at", UNSET)

        vector_store_id = d.pop("vector_store_id", UNSET)

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_vector_store_file_batch_object_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_file_counts = d.pop("file_counts", UNSET)
        try:
            file_counts = VectorStoreFileBatchObjectFileCounts.from_dict(_raw_file_counts)

        except LENIENT_ERRORS:
            file_counts = _raw_file_counts

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            vector_store_id=vector_store_id,
            status=status,
            file_counts=file_counts,
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
