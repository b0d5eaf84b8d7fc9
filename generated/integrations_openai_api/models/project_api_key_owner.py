from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


@_attrs_define(repr=False)
class ProjectApiKeyOwner(ApiModel):
    type: ProjectApiKeyOwnerType | str | None = ABSENT
    """ `user` or `service_account` """

    user: ProjectApiKeyOwnerUser | None = ABSENT
    """ The user that owns a project API key. """

    service_account: ProjectApiKeyOwnerServiceAccount | None = ABSENT
    """ The service account that owns a project API key. """

    _sdk_name_: ClassVar[str] = "Owner"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("service_account", "service_account"),
        ("type", "type"),
        ("user", "user"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "ProjectApiKeyOwnerType | Unset",
        "user": "ProjectApiKeyOwnerUser | Unset",
        "service_account": "ProjectApiKeyOwnerServiceAccount | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.service_account
        if value_1 is None:
            if "service_account" in present:
                out["service_account"] = None
        else:
            out["service_account"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.user
        if value_3 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
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
