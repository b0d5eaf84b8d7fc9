from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.vector_store_file_batch_object_status import (
    VectorStoreFileBatchObjectStatus,
)

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class VectorStoreFileBatchObject(ApiModel):
    """A batch of files attached to a vector store."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the vector store files batch was created. """

    vector_store_id: str
    """ The ID of the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) that the
    [File](https://platform.openai.com/docs/api-reference/files) is attached to. """

    status: str | VectorStoreFileBatchObjectStatus
    """ The status of the vector store files batch, which can be either `in_progress`, `completed`, `cancelled` or
    `failed`. """

    file_counts: VectorStoreFileBatchObjectFileCounts

    object: Literal["vector_store.files_batch"] = "vector_store.files_batch"
    """ The object type, which is always `vector_store.file_batch`. """

    _sdk_name_: ClassVar[str] = "VectorStoreFileBatch"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("file_counts", "file_counts"),
        ("object", "object"),
        ("status", "status"),
        ("vector_store_id", "vector_store_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['vector_store.files_batch']",
        "created_at": "int",
        "vector_store_id": "str",
        "status": "VectorStoreFileBatchObjectStatus",
        "file_counts": "VectorStoreFileBatchObjectFileCounts",
    }
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
        value_4 = self.object
        if value_4 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_4
        value_5 = self.status
        if value_5 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_5
        value_6 = self.vector_store_id
        if value_6 is None:
            if "vector_store_id" in present:
                out["vector_store_id"] = None
        else:
            out["vector_store_id"] = value_6
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
        parsed_obj_.vector_store_id = get_("vector_store_id")
        parsed_obj_.status = get_("status")
        file_counts = get_("file_counts")
        if file_counts is not None:
            try:
                file_counts = (
                    VectorStoreFileBatchObjectFileCounts._from_dict_(file_counts)
                    if file_counts.__class__ is dict
                    else VectorStoreFileBatchObjectFileCounts.from_dict(file_counts)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.file_counts = file_counts
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
