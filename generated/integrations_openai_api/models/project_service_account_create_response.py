from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_service_account_api_key import ProjectServiceAccountApiKey

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ProjectServiceAccountApiKey
    from ..models.project_service_account_api_key import ProjectServiceAccountApiKey  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ProjectServiceAccountCreateResponse")


def _parse_api_key(data: object) -> None | ProjectServiceAccountApiKey:
    if data is None:
        return data
    if isinstance(data, dict):
        return ProjectServiceAccountApiKey.from_dict(data)
    return cast("None | ProjectServiceAccountApiKey", data)


@_attrs_define
class ProjectServiceAccountCreateResponse:
    id: str
    name: str
    created_at: int
    api_key: None | ProjectServiceAccountApiKey
    object_: Literal["organization.project.service_account"] = (
        "organization.project.service_account"
    )
    role: Literal["member"] = "member"
    """ Service accounts can only have one role of type `member` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.project.service_account",),
        "role": ("member",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "name",
        "role",
        "created_at",
        "api_key",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "name",
            "role",
            "created_at",
            "api_key",
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
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.api_key, Unset):
            field_dict["api_key"] = to_json(self.api_key)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ProjectServiceAccountCreateResponse: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['organization.project.service_account']", _raw_object_)
            if object_ != "organization.project.service_account":
                raise ValueError(
                    f"object must match const 'organization.project.service_account', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _raw_role = d.pop("role", UNSET)
        try:
            role = cast("Literal['member']", _raw_role)
            if role != "member":
                raise ValueError(f"role must match const 'member', got '{role}'")
        except LENIENT_ERRORS:
            role = _raw_role

        created_at = d.pop("created_at", UNSET)

        _raw_api_key = d.pop("api_key", UNSET)
        try:
            api_key = _parse_api_key(_raw_api_key)

        except LENIENT_ERRORS:
            api_key = _raw_api_key

        parsed_obj_ = cls(
            object_=object_,
            id=id,
            name=name,
            role=role,
            created_at=created_at,
            api_key=api_key,
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
