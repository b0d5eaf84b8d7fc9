from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


def _parse_type_(data: object) -> None | ProjectApiKeyOwnerType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = check_project_api_key_owner_type(data)

        return type_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ProjectApiKeyOwnerType | Unset", data)


def _parse_user(data: object) -> None | ProjectApiKeyOwnerUser | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ProjectApiKeyOwnerUser.from_dict(data)
    return cast("None | ProjectApiKeyOwnerUser | Unset", data)


def _parse_service_account(data: object) -> None | ProjectApiKeyOwnerServiceAccount | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ProjectApiKeyOwnerServiceAccount.from_dict(data)
    return cast("None | ProjectApiKeyOwnerServiceAccount | Unset", data)


@_attrs_define(repr=False)
class ProjectApiKeyOwner(ApiModel):
    type: ProjectApiKeyOwnerType | str | None = ABSENT

    user: ProjectApiKeyOwnerUser | None = ABSENT

    service_account: ProjectApiKeyOwnerServiceAccount | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("user", "user"),
        ("service_account", "service_account"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "None | ProjectApiKeyOwnerType | Unset",
        "user": "None | ProjectApiKeyOwnerUser | Unset",
        "service_account": "None | ProjectApiKeyOwnerServiceAccount | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "user",
            "service_account",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _parse_type_(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_user = d.pop("user", UNSET)
        try:
            user = _parse_user(_raw_user)

        except LENIENT_ERRORS:
            user = _raw_user

        _raw_service_account = d.pop("service_account", UNSET)
        try:
            service_account = _parse_service_account(_raw_service_account)

        except LENIENT_ERRORS:
            service_account = _raw_service_account

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.user = None if isinstance(user, Unset) else user
        parsed_obj_.service_account = (
            None if isinstance(service_account, Unset) else service_account
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
