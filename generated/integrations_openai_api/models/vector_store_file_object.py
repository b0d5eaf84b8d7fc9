from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.vector_store_file_object_status import (
    VectorStoreFileObjectStatus,
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_last_error(data: object) -> None | VectorStoreFileObjectLastError:
    if data is None:
        return data
    if isinstance(data, dict):
        return VectorStoreFileObjectLastError._from_dict_(data)
    return cast("None | VectorStoreFileObjectLastError", data)


def _parse_chunking_strategy(
    data: object,
) -> OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset:
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
                "OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset",
                UnknownVariant(data),
            )
        return cast(
            "OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset",
            variant.from_dict(data),
        )
    return cast(
        "OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset", data
    )


def _parse_attributes(data: object) -> None | Unset | VectorStoreFileAttributes2:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return VectorStoreFileAttributes2._from_dict_(data)
    return cast("None | Unset | VectorStoreFileAttributes2", data)


@_attrs_define(repr=False)
class VectorStoreFileObject(ApiModel):
    """A list of files attached to a vector store."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """

    usage_bytes: int
    """ The total vector store usage in bytes. Note that this may be different from the original file size. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the vector store file was created. """

    vector_store_id: str
    """ The ID of the [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) that the
    [File](https://platform.openai.com/docs/api-reference/files) is attached to. """

    status: str | VectorStoreFileObjectStatus
    """ The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or
    `failed`. The status `completed` indicates that the vector store file is ready for use. """

    object: Literal["vector_store.file"] = "vector_store.file"
    """ The object type, which is always `vector_store.file`. """

    last_error: VectorStoreFileObjectLastError | None = ABSENT

    chunking_strategy: (
        OtherChunkingStrategyResponseParam
        | StaticChunkingStrategyResponseParam
        | UnknownVariant
        | None
    ) = ABSENT
    """ The strategy used to chunk the file. """

    attributes: VectorStoreFileAttributes2 | None = ABSENT

    _sdk_name_: ClassVar[str] = "VectorStoreFile"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("last_error", "last_error"),
        ("object", "object"),
        ("status", "status"),
        ("usage_bytes", "usage_bytes"),
        ("vector_store_id", "vector_store_id"),
        ("attributes", "attributes"),
        ("chunking_strategy", "chunking_strategy"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['vector_store.file']",
        "usage_bytes": "int",
        "created_at": "int",
        "vector_store_id": "str",
        "status": "VectorStoreFileObjectStatus",
        "last_error": "None | VectorStoreFileObjectLastError",
        "chunking_strategy": "OtherChunkingStrategyResponseParam | StaticChunkingStrategyResponseParam | Unset",
        "attributes": "None | Unset | VectorStoreFileAttributes2",
    }
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
        value_3 = self.last_error
        if value_3 is None:
            if "last_error" in present:
                out["last_error"] = None
        else:
            out["last_error"] = to_json(value_3)
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
        value_6 = self.usage_bytes
        if value_6 is None:
            if "usage_bytes" in present:
                out["usage_bytes"] = None
        else:
            out["usage_bytes"] = value_6
        value_7 = self.vector_store_id
        if value_7 is None:
            if "vector_store_id" in present:
                out["vector_store_id"] = None
        else:
            out["vector_store_id"] = value_7
        value_8 = self.attributes
        if value_8 is None:
            if "attributes" in present:
                out["attributes"] = None
        else:
            out["attributes"] = to_json(value_8)
        value_9 = self.chunking_strategy
        if value_9 is None:
            if "chunking_strategy" in present:
                out["chunking_strategy"] = None
        else:
            out["chunking_strategy"] = to_json(value_9)
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
        parsed_obj_.usage_bytes = get_("usage_bytes")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.vector_store_id = get_("vector_store_id")
        parsed_obj_.status = get_("status")
        _raw_last_error = get_("last_error", None)
        if _raw_last_error is not None:
            try:
                last_error = _parse_last_error(_raw_last_error)

            except LENIENT_ERRORS:
                last_error = _raw_last_error
        else:
            last_error = _raw_last_error
        parsed_obj_.last_error = last_error
        _raw_chunking_strategy = get_("chunking_strategy", UNSET)
        if _raw_chunking_strategy is not UNSET:
            try:
                chunking_strategy = _parse_chunking_strategy(_raw_chunking_strategy)

            except LENIENT_ERRORS:
                chunking_strategy = _raw_chunking_strategy
        else:
            chunking_strategy = _raw_chunking_strategy
        parsed_obj_.chunking_strategy = (
            None if isinstance(chunking_strategy, Unset) else chunking_strategy
        )
        _raw_attributes = get_("attributes", UNSET)
        if _raw_attributes is not None and _raw_attributes is not UNSET:
            try:
                attributes = _parse_attributes(_raw_attributes)

            except LENIENT_ERRORS:
                attributes = _raw_attributes
        else:
            attributes = _raw_attributes
        parsed_obj_.attributes = None if isinstance(attributes, Unset) else attributes
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
