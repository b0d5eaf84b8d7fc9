from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteEvalRunResponse")


def _parse_object_(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_deleted(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_run_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class DeleteEvalRunResponse:
    object_: None | str | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    run_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "deleted",
            "run_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.object_ is not UNSET:
            field_dict["object"] = to_json(self.object_)
        if self.deleted is not UNSET:
            field_dict["deleted"] = to_json(self.deleted)
        if self.run_id is not UNSET:
            field_dict["run_id"] = to_json(self.run_id)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"DeleteEvalRunResponse: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = _parse_object_(_raw_object_)

        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_deleted = d.pop("deleted", UNSET)
        try:
            deleted = _parse_deleted(_raw_deleted)

        except LENIENT_ERRORS:
            deleted = _raw_deleted

        _raw_run_id = d.pop("run_id", UNSET)
        try:
            run_id = _parse_run_id(_raw_run_id)

        except LENIENT_ERRORS:
            run_id = _raw_run_id

        parsed_obj_ = cls(
            object_=object_,
            deleted=deleted,
            run_id=run_id,
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
