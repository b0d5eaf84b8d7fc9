from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam
    from ..models.create_vector_store_file_request import CreateVectorStoreFileRequest
    from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AutoChunkingStrategyRequestParam, \
        CreateVectorStoreFileRequest, \
        StaticChunkingStrategyRequestParam, \
        VectorStoreFileAttributes2
    from ..models.auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam  # noqa: PLC0415
    from ..models.create_vector_store_file_request import CreateVectorStoreFileRequest  # noqa: PLC0415
    from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam  # noqa: PLC0415
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_chunking_strategy(
    data: object,
) -> AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                AutoChunkingStrategyRequestParam,
                StaticChunkingStrategyRequestParam,
            ),
        )
        if variant is None:
            return cast(
                "AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset",
                UnknownVariant(data),
            )
        return cast(
            "AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset",
            variant.from_dict(data),
        )
    return cast(
        "AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset", data
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
class CreateVectorStoreFileBatchRequest(ApiModel):
    file_ids: list[str] | None = ABSENT
    """ A list of [File](https://platform.openai.com/docs/api-reference/files) IDs that the vector store should use.
    Useful for tools like `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided,
    they will be  applied to all files in the batch. The maximum batch size is 2000 files. This endpoint is
    recommended for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually
    exclusive with `files`. """

    files: list[CreateVectorStoreFileRequest] | None = ABSENT
    """ A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this
    when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be
    ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended
    for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with
    `file_ids`. """

    chunking_strategy: (
        AutoChunkingStrategyRequestParam
        | StaticChunkingStrategyRequestParam
        | UnknownVariant
        | None
    ) = ABSENT
    """ The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. """

    attributes: VectorStoreFileAttributes2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_ids", "file_ids"),
        ("files", "files"),
        ("chunking_strategy", "chunking_strategy"),
        ("attributes", "attributes"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file_ids": "list[str] | Unset",
        "files": "list[CreateVectorStoreFileRequest] | Unset",
        "chunking_strategy": "AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset",
        "attributes": "None | Unset | VectorStoreFileAttributes2",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_ids",
            "files",
            "chunking_strategy",
            "attributes",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.file_ids
        if value_1 is None:
            if "file_ids" in present:
                out["file_ids"] = None
        else:
            out["file_ids"] = to_json(value_1)
        value_2 = self.files
        if value_2 is None:
            if "files" in present:
                out["files"] = None
        else:
            out["files"] = to_json(value_2)
        value_3 = self.chunking_strategy
        if value_3 is None:
            if "chunking_strategy" in present:
                out["chunking_strategy"] = None
        else:
            out["chunking_strategy"] = to_json(value_3)
        value_4 = self.attributes
        if value_4 is None:
            if "attributes" in present:
                out["attributes"] = None
        else:
            out["attributes"] = to_json(value_4)
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
        _raw_file_ids = get_("file_ids", UNSET)
        try:
            file_ids = cast("list[str]", _raw_file_ids)

        except LENIENT_ERRORS:
            file_ids = _raw_file_ids
        parsed_obj_.file_ids = None if isinstance(file_ids, Unset) else file_ids
        _raw_files = get_("files", UNSET)
        try:
            _files = _raw_files
            files: list[CreateVectorStoreFileRequest] | Unset = UNSET
            if _files is not UNSET:
                if not isinstance(_files, list):
                    raise TypeError()
                files = []
                for files_item_data in _files:
                    try:
                        files_item = (
                            CreateVectorStoreFileRequest._from_dict_(files_item_data)
                            if files_item_data.__class__ is dict
                            else CreateVectorStoreFileRequest.from_dict(files_item_data)
                        )
                    except LENIENT_ERRORS:
                        files_item = files_item_data
                    files.append(files_item)

        except LENIENT_ERRORS:
            files = _raw_files
        parsed_obj_.files = None if isinstance(files, Unset) else files
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
