from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.project_api_key_owner_type import (
    ProjectApiKeyOwnerType,
    check_project_api_key_owner_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_api_key_owner_service_account import ProjectApiKeyOwnerServiceAccount
    from ..models.project_api_key_owner_user import ProjectApiKeyOwnerUser

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ProjectApiKeyOwnerServiceAccount, ProjectApiKeyOwnerUser
    from ..models.project_api_key_owner_service_account import ProjectApiKeyOwnerServiceAccount  # noqa: PLC0415
    from ..models.project_api_key_owner_user import ProjectApiKeyOwnerUser  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ProjectApiKeyOwner")


@_attrs_define
class ProjectApiKeyOwner:
    type_: ProjectApiKeyOwnerType | Unset = UNSET
    """ `user` or `service_account` """
    user: ProjectApiKeyOwnerUser | Unset = UNSET
    """ The user that owns a project API key. """
    service_account: ProjectApiKeyOwnerServiceAccount | Unset = UNSET
    """ The service account that owns a project API key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "service_account",
            "user",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "user",
            "service_account",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.user is not UNSET:
            field_dict["user"] = to_json(self.user)
        if self.service_account is not UNSET:
            field_dict["service_account"] = to_json(self.service_account)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ProjectApiKeyOwner: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: ProjectApiKeyOwnerType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_project_api_key_owner_type(_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_user = d.pop("user", UNSET)
        try:
            _user = _raw_user
            user: ProjectApiKeyOwnerUser | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = ProjectApiKeyOwnerUser.from_dict(_user)

        except LENIENT_ERRORS:
            user = _raw_user

        _raw_service_account = d.pop("service_account", UNSET)
        try:
            _service_account = _raw_service_account
            service_account: ProjectApiKeyOwnerServiceAccount | Unset
            if isinstance(_service_account, Unset):
                service_account = UNSET
            else:
                service_account = ProjectApiKeyOwnerServiceAccount.from_dict(_service_account)

        except LENIENT_ERRORS:
            service_account = _raw_service_account

        parsed_obj_ = cls(
            type_=type_,
            user=user,
            service_account=service_account,
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
