from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2
    from ..models.vector_store_search_result_content_object import (
        VectorStoreSearchResultContentObject,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VectorStoreFileAttributes2, VectorStoreSearchResultContentObject
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2  # noqa: PLC0415
    from ..models.vector_store_search_result_content_object import (
        VectorStoreSearchResultContentObject,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="VectorStoreSearchResultItem")


def _parse_attributes(data: object) -> None | VectorStoreFileAttributes2:
    if data is None:
        return data
    if isinstance(data, dict):
        return VectorStoreFileAttributes2.from_dict(data)
    return cast("None | VectorStoreFileAttributes2", data)


@_attrs_define
class VectorStoreSearchResultItem:
    file_id: str
    """ The ID of the vector store file. """
    filename: str
    """ The name of the vector store file. """
    score: float
    """ The similarity score for the result. """
    attributes: None | VectorStoreFileAttributes2
    content: list[VectorStoreSearchResultContentObject]
    """ Content chunks from the file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "file_id",
        "filename",
        "score",
        "attributes",
        "content",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "filename",
            "score",
            "attributes",
            "content",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.file_id, Unset):
            field_dict["file_id"] = self.file_id
        if not isinstance(self.filename, Unset):
            field_dict["filename"] = self.filename
        if not isinstance(self.score, Unset):
            field_dict["score"] = self.score
        if not isinstance(self.attributes, Unset):
            field_dict["attributes"] = to_json(self.attributes)
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"VectorStoreSearchResultItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)

        filename = d.pop("filename", UNSET)

        score = d.pop("score", UNSET)

        _raw_attributes = d.pop("attributes", UNSET)
        try:
            attributes = _parse_attributes(_raw_attributes)

        except LENIENT_ERRORS:
            attributes = _raw_attributes

        _raw_content = d.pop("content", UNSET)
        try:
            content = []
            _content = _raw_content
            if not isinstance(_content, list):
                raise TypeError()
            for content_item_data in _content:
                try:
                    content_item = VectorStoreSearchResultContentObject.from_dict(content_item_data)

                except LENIENT_ERRORS:
                    content_item = content_item_data
                content.append(content_item)

        except LENIENT_ERRORS:
            content = _raw_content

        parsed_obj_ = cls(
            file_id=file_id,
            filename=filename,
            score=score,
            attributes=attributes,
            content=content,
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
