from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.vector_store_object_status import (
    VectorStoreObjectStatus,
)

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_metadata(data: object) -> Metadata2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None", data)


@_attrs_define(repr=False)
class VectorStoreObject(ApiModel):
    """A vector store is a collection of processed files can be used by the `file_search` tool."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the vector store was created. """

    usage_bytes: int
    """ The total number of bytes used by the files in the vector store. """

    file_counts: VectorStoreObjectFileCounts

    status: str | VectorStoreObjectStatus
    """ The status of the vector store, which can be either `expired`, `in_progress`, or `completed`. A status of
    `completed` indicates that the vector store is ready for use. """

    object: Literal["vector_store"] = "vector_store"
    """ The object type, which is always `vector_store`. """

    name: str | None = ABSENT
    """ The name of the vector store. """

    last_active_at: int | None = ABSENT

    metadata: Metadata2 | None = ABSENT

    expires_after: VectorStoreExpirationAfter | None = ABSENT
    """ The expiration policy for a vector store. """

    expires_at: int | None = ABSENT

    _sdk_name_: ClassVar[str] = "VectorStore"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("file_counts", "file_counts"),
        ("last_active_at", "last_active_at"),
        ("metadata", "metadata"),
        ("name", "name"),
        ("object", "object"),
        ("status", "status"),
        ("usage_bytes", "usage_bytes"),
        ("expires_after", "expires_after"),
        ("expires_at", "expires_at"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['vector_store']",
        "created_at": "int",
        "name": "None | str",
        "usage_bytes": "int",
        "file_counts": "VectorStoreObjectFileCounts",
        "status": "VectorStoreObjectStatus",
        "last_active_at": "int | None",
        "metadata": "Metadata2 | None",
        "expires_after": "VectorStoreExpirationAfter | Unset",
        "expires_at": "int | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.file_counts
        if value_3 is None:
            if "file_counts" in present:
                out["file_counts"] = None
        else:
            out["file_counts"] = to_json(value_3)
        value_4 = self.last_active_at
        if value_4 is None:
            if "last_active_at" in present:
                out["last_active_at"] = None
        else:
            out["last_active_at"] = to_json(value_4)
        value_5 = self.metadata
        if value_5 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_5)
        value_6 = self.name
        if value_6 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = to_json(value_6)
        value_7 = self.object
        if value_7 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_7
        value_8 = self.status
        if value_8 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_8
        value_9 = self.usage_bytes
        if value_9 is None:
            if "usage_bytes" in present:
                out["usage_bytes"] = None
        else:
            out["usage_bytes"] = value_9
        value_10 = self.expires_after
        if value_10 is None:
            if "expires_after" in present:
                out["expires_after"] = None
        else:
            out["expires_after"] = to_json(value_10)
        value_11 = self.expires_at
        if value_11 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = to_json(value_11)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.name = get_("name")
        parsed_obj_.usage_bytes = get_("usage_bytes")
        file_counts = get_("file_counts")
        if file_counts is not None:
            try:
                file_counts = (
                    VectorStoreObjectFileCounts._from_dict_(file_counts)
                    if file_counts.__class__ is dict
                    else VectorStoreObjectFileCounts.from_dict(file_counts)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.file_counts = file_counts
        parsed_obj_.status = get_("status")
        parsed_obj_.last_active_at = get_("last_active_at")
        _raw_metadata = get_("metadata", None)
        if _raw_metadata is not None:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = metadata
        expires_after = get_("expires_after")
        if expires_after is not None:
            try:
                expires_after = (
                    VectorStoreExpirationAfter._from_dict_(expires_after)
                    if expires_after.__class__ is dict
                    else VectorStoreExpirationAfter.from_dict(expires_after)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.expires_after = expires_after
        parsed_obj_.expires_at = get_("expires_at")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
