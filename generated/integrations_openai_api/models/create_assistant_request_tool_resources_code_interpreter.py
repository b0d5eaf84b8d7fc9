from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAssistantRequestToolResourcesCodeInterpreter")


def _parse_file_ids(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        file_ids_type_0 = cast("list[str]", data)

        return file_ids_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


@_attrs_define
class CreateAssistantRequestToolResourcesCodeInterpreter:
    file_ids: list[str] | None | Unset = UNSET
    """ A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be
    a maximum of 20 files associated with the tool.

    Server default: `[]`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("file_ids",))

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.file_ids is not UNSET:
            field_dict["file_ids"] = to_json(self.file_ids)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateAssistantRequestToolResourcesCodeInterpreter: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_file_ids = d.pop("file_ids", UNSET)
        try:
            file_ids = _parse_file_ids(_raw_file_ids)

        except LENIENT_ERRORS:
            file_ids = _raw_file_ids

        parsed_obj_ = cls(
            file_ids=file_ids,
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
