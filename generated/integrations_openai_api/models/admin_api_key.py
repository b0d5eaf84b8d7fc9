from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_api_key_owner import AdminApiKeyOwner

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AdminApiKeyOwner
    from ..models.admin_api_key_owner import AdminApiKeyOwner  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AdminApiKey")


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_last_used_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class AdminApiKey:
    """Represents an individual Admin API key in an org."""

    id: str
    """ The identifier, which can be referenced in API endpoints """
    redacted_value: str
    """ The redacted value of the API key """
    created_at: int
    """ The Unix timestamp (in seconds) of when the API key was created """
    owner: AdminApiKeyOwner
    object_: Literal["organization.admin_api_key"] = "organization.admin_api_key"
    """ The object type, which is always `organization.admin_api_key` """
    name: None | str | Unset = UNSET
    """ The name of the API key """
    last_used_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.admin_api_key",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "redacted_value",
        "created_at",
        "owner",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "redacted_value",
            "created_at",
            "owner",
            "name",
            "last_used_at",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.redacted_value, Unset):
            field_dict["redacted_value"] = self.redacted_value
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.owner, Unset):
            field_dict["owner"] = to_json(self.owner)
        if self.name is not UNSET:
            field_dict["name"] = to_json(self.name)
        if self.last_used_at is not UNSET:
            field_dict["last_used_at"] = to_json(self.last_used_at)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"AdminApiKey: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['organization.admin_api_key']", _raw_object_)
            if object_ != "organization.admin_api_key":
                raise ValueError(
                    f"object must match const 'organization.admin_api_key', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        redacted_value = d.pop("redacted_value", UNSET)

        created_at = d.pop("created_at", UNSET)

        _raw_owner = d.pop("owner", UNSET)
        try:
            owner = AdminApiKeyOwner.from_dict(_raw_owner)

        except LENIENT_ERRORS:
            owner = _raw_owner

        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        _raw_last_used_at = d.pop("last_used_at", UNSET)
        try:
            last_used_at = _parse_last_used_at(_raw_last_used_at)

        except LENIENT_ERRORS:
            last_used_at = _raw_last_used_at

        parsed_obj_ = cls(
            object_=object_,
            id=id,
            redacted_value=redacted_value,
            created_at=created_at,
            owner=owner,
            name=name,
            last_used_at=last_used_at,
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
