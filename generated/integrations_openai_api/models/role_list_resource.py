from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assigned_role_details import AssignedRoleDetails

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AssignedRoleDetails
    from ..models.assigned_role_details import AssignedRoleDetails  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RoleListResource")


def _parse_next_(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class RoleListResource:
    """Paginated list of roles assigned to a principal."""

    data: list[AssignedRoleDetails]
    """ Role assignments returned in the current page. """
    has_more: bool
    """ Whether additional assignments are available when paginating. """
    next_: None | str
    """ Cursor to fetch the next page of results, or `null` when there are no more assignments. """
    object_: Literal["list"] = "list"
    """ Always `list`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("list",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "data",
        "has_more",
        "next",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "data",
            "has_more",
            "next",
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
        if not isinstance(self.next_, Unset):
            field_dict["next"] = to_json(self.next_)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RoleListResource: expected a JSON object, got {type(src_dict).__name__}"
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
                    data_item = AssignedRoleDetails.from_dict(data_item_data)

                except LENIENT_ERRORS:
                    data_item = data_item_data
                data.append(data_item)

        except LENIENT_ERRORS:
            data = _raw_data

        has_more = d.pop("has_more", UNSET)

        _raw_next_ = d.pop("next", UNSET)
        try:
            next_ = _parse_next_(_raw_next_)

        except LENIENT_ERRORS:
            next_ = _raw_next_

        parsed_obj_ = cls(
            object_=object_,
            data=data,
            has_more=has_more,
            next_=next_,
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
