from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VectorStoreFileAttributes2
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="FileSearchToolCallResultsItem")


def _parse_file_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_text(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_filename(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_attributes(data: object) -> None | Unset | VectorStoreFileAttributes2:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return VectorStoreFileAttributes2.from_dict(data)
    return cast("None | Unset | VectorStoreFileAttributes2", data)


def _parse_score(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


@_attrs_define
class FileSearchToolCallResultsItem:
    file_id: None | str | Unset = UNSET
    """ The unique ID of the file.
     """
    text: None | str | Unset = UNSET
    """ The text that was retrieved from the file.
     """
    filename: None | str | Unset = UNSET
    """ The name of the file.
     """
    attributes: None | Unset | VectorStoreFileAttributes2 = UNSET
    score: float | None | Unset = UNSET
    """ The relevance score of the file - a value between 0 and 1.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "text",
            "filename",
            "attributes",
            "score",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.file_id is not UNSET:
            field_dict["file_id"] = to_json(self.file_id)
        if self.text is not UNSET:
            field_dict["text"] = to_json(self.text)
        if self.filename is not UNSET:
            field_dict["filename"] = to_json(self.filename)
        if self.attributes is not UNSET:
            field_dict["attributes"] = to_json(self.attributes)
        if self.score is not UNSET:
            field_dict["score"] = to_json(self.score)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FileSearchToolCallResultsItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_file_id = d.pop("file_id", UNSET)
        try:
            file_id = _parse_file_id(_raw_file_id)

        except LENIENT_ERRORS:
            file_id = _raw_file_id

        _raw_text = d.pop("text", UNSET)
        try:
            text = _parse_text(_raw_text)

        except LENIENT_ERRORS:
            text = _raw_text

        _raw_filename = d.pop("filename", UNSET)
        try:
            filename = _parse_filename(_raw_filename)

        except LENIENT_ERRORS:
            filename = _raw_filename

        _raw_attributes = d.pop("attributes", UNSET)
        try:
            attributes = _parse_attributes(_raw_attributes)

        except LENIENT_ERRORS:
            attributes = _raw_attributes

        _raw_score = d.pop("score", UNSET)
        try:
            score = _parse_score(_raw_score)

        except LENIENT_ERRORS:
            score = _raw_score

        parsed_obj_ = cls(
            file_id=file_id,
            text=text,
            filename=filename,
            attributes=attributes,
            score=score,
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
