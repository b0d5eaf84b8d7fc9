from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_api_key import ProjectApiKey

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ProjectApiKey
    from ..models.project_api_key import ProjectApiKey  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ProjectApiKeyListResponse")


def _parse_first_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_last_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class ProjectApiKeyListResponse:
    data: list[ProjectApiKey]
    has_more: bool
    object_: Literal["list"] = "list"
    first_id: None | str | Unset = UNSET
    last_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("list",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "data",
        "has_more",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "data",
            "has_more",
            "first_id",
            "last_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.data, Unset):
            field_dict["data"] = to_json(self.data)
        if not isinstance(self.has_more, Unset):
            field_dict["has_more"] = self.has_more
        if self.first_id is not UNSET:
            field_dict["first_id"] = to_json(self.first_id)
        if self.last_id is not UNSET:
            field_dict["last_id"] = to_json(self.last_id)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ProjectApiKeyListResponse: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['list']", _raw_object_)
            if object_ != "list":
                raise ValueError(f"object must match const 'list', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_data = d.pop("data", UNSET)
        try:
            data = []
            _data = _raw_data
            if not isinstance(_data, list):
                raise TypeError()
            for data_item_data in _data:
                try:
                    data_item = ProjectApiKey.from_dict(data_item_data)

                except LENIENT_ERRORS:
                    data_item = data_item_data
                data.append(data_item)

        except LENIENT_ERRORS:
            data = _raw_data

        has_more = d.pop("has_more", UNSET)

        _raw_first_id = d.pop("first_id", UNSET)
        try:
            first_id = _parse_first_id(_raw_first_id)

        except LENIENT_ERRORS:
            first_id = _raw_first_id

        _raw_last_id = d.pop("last_id", UNSET)
        try:
            last_id = _parse_last_id(_raw_last_id)

        except LENIENT_ERRORS:
            last_id = _raw_last_id

        parsed_obj_ = cls(
            object_=object_,
            data=data,
            has_more=has_more,
            first_id=first_id,
            last_id=last_id,
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
