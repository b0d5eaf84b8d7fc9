from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_assistant_request_tool_resources_file_search_vector_stores_item_chunking_strategy_auto_chunking_strategy import (
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy,
    )
    from ..models.create_assistant_request_tool_resources_file_search_vector_stores_item_chunking_strategy_static_chunking_strategy import (
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy,
    )
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy, \
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy, \
        Metadata2
    from ..models.create_assistant_request_tool_resources_file_search_vector_stores_item_chunking_strategy_auto_chunking_strategy import (
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy,  # noqa: PLC0415
    )
    from ..models.create_assistant_request_tool_resources_file_search_vector_stores_item_chunking_strategy_static_chunking_strategy import (
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy,  # noqa: PLC0415
    )
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateAssistantRequestToolResourcesFileSearchVectorStoresItem")


def _parse_chunking_strategy(
    data: object,
) -> (
    CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy
    | CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy
    | Unset
):
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy,
                CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy,
            ),
        )
        if variant is None:
            return cast(
                "CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy | CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy | Unset",
                UnknownVariant(data),
            )
        return cast(
            "CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy | CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy | Unset",
            variant.from_dict(data),
        )
    return cast(
        "CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy | CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy | Unset",
        data,
    )


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define
class CreateAssistantRequestToolResourcesFileSearchVectorStoresItem:
    file_ids: list[str] | Unset = UNSET
    """ A list of [file](/docs/api-reference/files) IDs to add to the vector store. For vector stores created before
    Nov 2025, there can be a maximum of 10,000 files in a vector store. For vector stores created starting in Nov
    2025, the limit is 100,000,000 files.
     """
    chunking_strategy: (
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy
        | CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy
        | Unset
    ) = UNSET
    """ The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. """
    metadata: Metadata2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_ids",
            "chunking_strategy",
            "metadata",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.file_ids is not UNSET:
            field_dict["file_ids"] = to_json(self.file_ids)
        if self.chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = to_json(self.chunking_strategy)
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateAssistantRequestToolResourcesFileSearchVectorStoresItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_file_ids = d.pop("file_ids", UNSET)
        try:
            file_ids = cast("list[str]", _raw_file_ids)

        except LENIENT_ERRORS:
            file_ids = _raw_file_ids

        _raw_chunking_strategy = d.pop("chunking_strategy", UNSET)
        try:
            chunking_strategy = _parse_chunking_strategy(_raw_chunking_strategy)

        except LENIENT_ERRORS:
            chunking_strategy = _raw_chunking_strategy

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        parsed_obj_ = cls(
            file_ids=file_ids,
            chunking_strategy=chunking_strategy,
            metadata=metadata,
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
