from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompleteUploadRequest")


@_attrs_define
class CompleteUploadRequest:
    part_ids: list[str]
    """ The ordered list of Part IDs.
     """
    md5: str | Unset = UNSET
    """ The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("part_ids",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "part_ids",
            "md5",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.part_ids, Unset):
            field_dict["part_ids"] = to_json(self.part_ids)
        if self.md5 is not UNSET:
            field_dict["md5"] = self.md5
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CompleteUploadRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_part_ids = d.pop("part_ids", UNSET)
        try:
            part_ids = cast("list[str]", _raw_part_ids)

        except LENIENT_ERRORS:
            part_ids = _raw_part_ids

        md5 = d.pop("md5", UNSET)

        parsed_obj_ = cls(
            part_ids=part_ids,
            md5=md5,
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
