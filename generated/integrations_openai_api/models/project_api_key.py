from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_api_key_owner import ProjectApiKeyOwner

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ProjectApiKeyOwner
    from ..models.project_api_key_owner import ProjectApiKeyOwner  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ProjectApiKey")


def _parse_last_used_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


@_attrs_define
class ProjectApiKey:
    """Represents an individual API key in a project."""

    redacted_value: str
    """ The redacted value of the API key """
    name: str
    """ The name of the API key """
    created_at: int
    """ The Unix timestamp (in seconds) of when the API key was created """
    last_used_at: int | None
    """ The Unix timestamp (in seconds) of when the API key was last used. """
    id: str
    """ The identifier, which can be referenced in API endpoints """
    owner: ProjectApiKeyOwner
    object_: Literal["organization.project.api_key"] = "organization.project.api_key"
    """ The object type, which is always `organization.project.api_key` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.project.api_key",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "redacted_value",
        "name",
        "created_at",
        "last_used_at",
        "id",
        "owner",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "redacted_value",
            "name",
            "created_at",
            "last_used_at",
            "id",
            "owner",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.redacted_value, Unset):
            field_dict["redacted_value"] = self.redacted_value
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.last_used_at, Unset):
            field_dict["last_used_at"] = to_json(self.last_used_at)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.owner, Unset):
            field_dict["owner"] = to_json(self.owner)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"ProjectApiKey: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['organization.project.api_key']", _raw_object_)
            if object_ != "organization.project.api_key":
                raise ValueError(
                    f"object must match const 'organization.project.api_key', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        redacted_value = d.pop("redacted_value", UNSET)

        name = d.pop("name", UNSET)

        created_at = d.pop("created_at", UNSET)

        _raw_last_used_at = d.pop("last_used_at", UNSET)
        try:
            last_used_at = _parse_last_used_at(_raw_last_used_at)

        except LENIENT_ERRORS:
            last_used_at = _raw_last_used_at

        id = d.pop("id", UNSET)

        _raw_owner = d.pop("owner", UNSET)
        try:
            owner = ProjectApiKeyOwner.from_dict(_raw_owner)

        except LENIENT_ERRORS:
            owner = _raw_owner

        parsed_obj_ = cls(
            object_=object_,
            redacted_value=redacted_value,
            name=name,
            created_at=created_at,
            last_used_at=last_used_at,
            id=id,
            owner=owner,
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
