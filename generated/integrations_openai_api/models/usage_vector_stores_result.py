from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageVectorStoresResult")


def _parse_project_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class UsageVectorStoresResult:
    """The aggregated vector stores usage details of the specific time bucket."""

    usage_bytes: int
    """ The vector stores usage in bytes. """
    object_: Literal["organization.usage.vector_stores.result"] = (
        "organization.usage.vector_stores.result"
    )
    project_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.usage.vector_stores.result",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "usage_bytes",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "usage_bytes",
            "project_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.usage_bytes, Unset):
            field_dict["usage_bytes"] = self.usage_bytes
        if self.project_id is not UNSET:
            field_dict["project_id"] = to_json(self.project_id)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"UsageVectorStoresResult: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['organization.usage.vector_stores.result']", _raw_object_)
            if object_ != "organization.usage.vector_stores.result":
                raise ValueError(
                    f"object must match const 'organization.usage.vector_stores.result', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        usage_bytes = d.pop("usage_bytes", UNSET)

        _raw_project_id = d.pop("project_id", UNSET)
        try:
            project_id = _parse_project_id(_raw_project_id)

        except LENIENT_ERRORS:
            project_id = _raw_project_id

        parsed_obj_ = cls(
            object_=object_,
            usage_bytes=usage_bytes,
            project_id=project_id,
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
