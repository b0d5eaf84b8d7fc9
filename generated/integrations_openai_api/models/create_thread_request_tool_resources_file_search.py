from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_assistant_request_tool_resources_file_search_vector_stores_item import (
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateAssistantRequestToolResourcesFileSearchVectorStoresItem
    from ..models.create_assistant_request_tool_resources_file_search_vector_stores_item import (
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="CreateThreadRequestToolResourcesFileSearch")


@_attrs_define
class CreateThreadRequestToolResourcesFileSearch:
    vector_store_ids: list[str] | Unset = UNSET
    """ The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum
    of 1 vector store attached to the thread.
     """
    vector_stores: list[CreateAssistantRequestToolResourcesFileSearchVectorStoresItem] | Unset = (
        UNSET
    )
    """ A helper to create a [vector store](/docs/api-reference/vector-stores/object) with file_ids and attach it to
    this thread. There can be a maximum of 1 vector store attached to the thread.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "vector_store_ids",
            "vector_stores",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.vector_store_ids is not UNSET:
            field_dict["vector_store_ids"] = to_json(self.vector_store_ids)
        if self.vector_stores is not UNSET:
            field_dict["vector_stores"] = to_json(self.vector_stores)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateThreadRequestToolResourcesFileSearch: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_vector_store_ids = d.pop("vector_store_ids", UNSET)
        try:
            vector_store_ids = cast("list[str]", _raw_vector_store_ids)

        except LENIENT_ERRORS:
            vector_store_ids = _raw_vector_store_ids

        _raw_vector_stores = d.pop("vector_stores", UNSET)
        try:
            _vector_stores = _raw_vector_stores
            vector_stores: (
                list[CreateAssistantRequestToolResourcesFileSearchVectorStoresItem] | Unset
            ) = UNSET
            if _vector_stores is not UNSET:
                if not isinstance(_vector_stores, list):
                    raise TypeError()
                vector_stores = []
                for vector_stores_item_data in _vector_stores:
                    try:
                        vector_stores_item = (
                            CreateAssistantRequestToolResourcesFileSearchVectorStoresItem.from_dict(
                                vector_stores_item_data
                            )
                        )

                    except LENIENT_ERRORS:
                        vector_stores_item = vector_stores_item_data
                    vector_stores.append(vector_stores_item)

        except LENIENT_ERRORS:
            vector_stores = _raw_vector_stores

        parsed_obj_ = cls(
            vector_store_ids=vector_store_ids,
            vector_stores=vector_stores,
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
