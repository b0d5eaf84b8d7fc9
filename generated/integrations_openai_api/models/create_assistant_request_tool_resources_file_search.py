from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateAssistantRequestToolResourcesFileSearch(ApiModel):
    vector_store_ids: list[str] | None = ABSENT
    """ The [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object) attached to this
    assistant. There can be a maximum of 1 vector store attached to the assistant.
     """

    vector_stores: list[CreateAssistantRequestToolResourcesFileSearchVectorStoresItem] | None = (
        ABSENT
    )
    """ A helper to create a [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object)
    with file_ids and attach it to this assistant. There can be a maximum of 1 vector store attached to the
    assistant.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("vector_store_ids", "vector_store_ids"),
        ("vector_stores", "vector_stores"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "vector_store_ids": "list[str] | Unset",
        "vector_stores": "list[CreateAssistantRequestToolResourcesFileSearchVectorStoresItem] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "vector_store_ids",
            "vector_stores",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.vector_store_ids
        if value_1 is None:
            if "vector_store_ids" in present:
                out["vector_store_ids"] = None
        else:
            out["vector_store_ids"] = to_json(value_1)
        value_2 = self.vector_stores
        if value_2 is None:
            if "vector_stores" in present:
                out["vector_stores"] = None
        else:
            out["vector_stores"] = to_json(value_2)
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
        _raw_vector_store_ids = get_("vector_store_ids", UNSET)
        try:
            vector_store_ids = cast("list[str]", _raw_vector_store_ids)

        except LENIENT_ERRORS:
            vector_store_ids = _raw_vector_store_ids
        parsed_obj_.vector_store_ids = (
            None if isinstance(vector_store_ids, Unset) else vector_store_ids
        )
        _raw_vector_stores = get_("vector_stores", UNSET)
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
                            CreateAssistantRequestToolResourcesFileSearchVectorStoresItem._from_dict_(
                                vector_stores_item_data
                            )
                            if vector_stores_item_data.__class__ is dict
                            else CreateAssistantRequestToolResourcesFileSearchVectorStoresItem.from_dict(
                                vector_stores_item_data
                            )
                        )
                    except LENIENT_ERRORS:
                        vector_stores_item = vector_stores_item_data
                    vector_stores.append(vector_stores_item)

        except LENIENT_ERRORS:
            vector_stores = _raw_vector_stores
        parsed_obj_.vector_stores = None if isinstance(vector_stores, Unset) else vector_stores
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
