from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileCitationBody")


@_attrs_define
class FileCitationBody:
    """A citation to a file."""

    file_id: str
    """ The ID of the file. """
    index: int
    """ The index of the file in the list of files. """
    filename: str
    """ The filename of the file cited. """
    type_: Literal["file_citation"] = "file_citation"
    """ The type of the file citation. Always `file_citation`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file_citation",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "file_id",
        "index",
        "filename",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "file_id",
            "index",
            "filename",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.file_id, Unset):
            field_dict["file_id"] = self.file_id
        if not isinstance(self.index, Unset):
            field_dict["index"] = self.index
        if not isinstance(self.filename, Unset):
            field_dict["filename"] = self.filename
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FileCitationBody: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['file_citation']", _raw_type_)
            if type_ != "file_citation":
                raise ValueError(f"type must match const 'file_citation', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        file_id = d.pop("file_id", UNSET)

        index = d.pop("index", UNSET)

        filename = d.pop("filename", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            file_id=file_id,
            index=index,
            filename=filename,
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
