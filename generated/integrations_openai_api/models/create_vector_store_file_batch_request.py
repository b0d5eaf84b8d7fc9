from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="CreateVectorStoreFileBatchRequest")


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
        return VectorStoreFileAttributes2.from_dict(data)
    return cast("None | Unset | VectorStoreFileAttributes2", data)


@_attrs_define
class CreateVectorStoreFileBatchRequest:
    file_ids: list[str] | Unset = UNSET
    """ A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like
    `file_search` that can access files.  If `attributes` or `chunking_strategy` are provided, they will be  applied
    to all files in the batch. The maximum batch size is 2000 files. This endpoint is recommended for multi-file
    ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with `files`. """
    files: list[CreateVectorStoreFileRequest] | Unset = UNSET
    """ A list of objects that each include a `file_id` plus optional `attributes` or `chunking_strategy`. Use this
    when you need to override metadata for specific files. The global `attributes` or `chunking_strategy` will be
    ignored and must be specified for each file. The maximum batch size is 2000 files. This endpoint is recommended
    for multi-file ingestion and helps reduce per-vector-store write request pressure. Mutually exclusive with
    `file_ids`. """
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset
    ) = UNSET
    """ The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. """
    attributes: None | Unset | VectorStoreFileAttributes2 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.file_ids is not UNSET:
            field_dict["file_ids"] = to_json(self.file_ids)
        if self.files is not UNSET:
            field_dict["files"] = to_json(self.files)
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
                f"CreateVectorStoreFileBatchRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_file_ids = d.pop("file_ids", UNSET)
        try:
            file_ids = cast("list[str]", _raw_file_ids)

        except LENIENT_ERRORS:
            file_ids = _raw_file_ids

        _raw_files = d.pop("files", UNSET)
        try:
            _files = _raw_files
            files: list[CreateVectorStoreFileRequest] | Unset = UNSET
            if _files is not UNSET:
                if not isinstance(_files, list):
                    raise TypeError()
                files = []
                for files_item_data in _files:
                    try:
                        files_item = CreateVectorStoreFileRequest.from_dict(files_item_data)

                    except LENIENT_ERRORS:
                        files_item = files_item_data
                    files.append(files_item)

        except LENIENT_ERRORS:
            files = _raw_files

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
            file_ids=file_ids,
            files=files,
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
