from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.vector_store_file_object_status import (
    VectorStoreFileObjectStatus,
    check_vector_store_file_object_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.other_chunking_strategy_response_param import OtherChunkingStrategyResponseParam
    from ..models.static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2
    from ..models.vector_store_file_object_last_error import VectorStoreFileObjectLastError

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        OtherChunkingStrategyResponseParam, \
        StaticChunkingStrategyResponseParam, \
        VectorStoreFileAttributes2, \
        VectorStoreFileObjectLastError
    from ..models.other_chunking_strategy_response_param import OtherChunkingStrategyResponseParam  # noqa: PLC0415
    from ..models.static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam  # noqa: PLC0415
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2  # noqa: PLC0415
    from ..models.vector_store_file_object_last_error import VectorStoreFileObjectLastError  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="VectorStoreFileObject")


def _parse_last_error(data: object) -> None | VectorStoreFileObjectLastError:
    if data is None:
        return data
    if isinstance(data, dict):
        return VectorStoreFileObjectLastError.from_dict(data)
    return cast("None | VectorStoreFileObjectLastError", data)


def _parse_chunking_strategy(
    data: object,
) -> None | OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                StaticChunkingStrategyResponseParam,
                OtherChunkingStrategyResponseParam,
            ),
        )
        if variant is None:
            return cast(
                "None | OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset",
            variant.from_dict(data),
        )
    return cast(
        "None | OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset",
        data,
    )


def _parse_attributes(data: object) -> None | Unset | VectorStoreFileAttributes2:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return VectorStoreFileAttributes2.from_dict(data)
    return cast("None | Unset | VectorStoreFileAttributes2", data)


@_attrs_define
class VectorStoreFileObject:
    """A list of files attached to a vector store."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """
    usage_bytes: int
    """ The total vector store usage in bytes. Note that this may be different from the original file size. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the vector store file was created. """
    vector_store_id: str
    """ The ID of the [vector store](/docs/api-reference/vector-stores/object) that the [File](/docs/api-
    reference/files) is attached to. """
    status: VectorStoreFileObjectStatus
    """ The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or
    `failed`. The status `completed` indicates that the vector store file is ready for use. """
    last_error: None | VectorStoreFileObjectLastError
    object_: Literal["vector_store.file"] = "vector_store.file"
    """ The object type, which is always `vector_store.file`. """
    chunking_strategy: (
        None | OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset
    ) = UNSET
    """ The strategy used to chunk the file. """
    attributes: None | Unset | VectorStoreFileAttributes2 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("vector_store.file",),
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
        "usage_bytes",
        "created_at",
        "vector_store_id",
        "status",
        "last_error",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "usage_bytes",
            "created_at",
            "vector_store_id",
            "status",
            "last_error",
            "chunking_strategy",
            "attributes",
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
        if not isinstance(self.usage_bytes, Unset):
            field_dict["usage_bytes"] = self.usage_bytes
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.vector_store_id, Unset):
            field_dict["vector_store_id"] = self.vector_store_id
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.last_error, Unset):
            field_dict["last_error"] = to_json(self.last_error)
        if self.chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = to_json(self.chunking_strategy)
        if self.attributes is not UNSET:
            field_dict["attributes"] = to_json(self.attributes)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"VectorStoreFileObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['vector_store.file']", _raw_object_)
            if object_ != "vector_store.file":
                raise ValueError(f"object must match const 'vector_store.file', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        usage_bytes = d.pop("usage_bytes", UNSET)

        created_at = d.pop("created_at", UNSET)

        vector_store_id = d.pop("vector_store_id", UNSET)

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_vector_store_file_object_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_last_error = d.pop("last_error", UNSET)
        try:
            last_error = _parse_last_error(_raw_last_error)

        except LENIENT_ERRORS:
            last_error = _raw_last_error

        _raw_chunking_strategy = d.pop("chunking_strategy", UNSET)
        try:
            chunking_strategy = _parse_chunking_strategy(_raw_chunking_strategy)

        except LENIENT_ERRORS:
            chunking_strategy = _raw_chunking_strategy

        _raw_attributes = d.pop("attributes", UNSET)
        try:
            attributes = _parse_attributes(_raw_attributes)

        except LENIENT_ERRORS:
            attributes = _raw_attributes

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            usage_bytes=usage_bytes,
            created_at=created_at,
            vector_store_id=vector_store_id,
            status=status,
            last_error=last_error,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
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
