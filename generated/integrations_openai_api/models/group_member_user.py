from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel
from ..models.group_member_user_user_type import (
    GroupMemberUserUserType,
    check_group_member_user_user_type,
)


@_attrs_define(repr=False)
class GroupMemberUser(ApiModel):
    """Details about a user returned from an organization group membership lookup."""

    id: str
    """ Identifier for the user. """

    name: str
    """ Display name of the user. """

    email: str | None
    """ Email address of the user, or `null` for users without an email. """

    picture: str | None
    """ URL of the user's profile picture, if available. """

    is_service_account: bool | None
    """ Whether the user is a service account. """

    user_type: GroupMemberUserUserType | str
    """ The type of user. """

    _sdk_name_: ClassVar[str] = "UserRetrieveResponse"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("email", "email"),
        ("is_service_account", "is_service_account"),
        ("name", "name"),
        ("picture", "picture"),
        ("user_type", "user_type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "email": "None | str",
        "picture": "None | str",
        "is_service_account": "bool | None",
        "user_type": "GroupMemberUserUserType",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "user_type": (
            "tenant_user",
            "user",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "email",
        "picture",
        "is_service_account",
        "user_type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "email",
            "picture",
            "is_service_account",
            "user_type",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.email
        if value_2 is None:
            if "email" in present:
                out["email"] = None
        else:
            out["email"] = to_json(value_2)
        value_3 = self.is_service_account
        if value_3 is None:
            if "is_service_account" in present:
                out["is_service_account"] = None
        else:
            out["is_service_account"] = to_json(value_3)
        value_4 = self.name
        if value_4 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_4
        value_5 = self.picture
        if value_5 is None:
            if "picture" in present:
                out["picture"] = None
        else:
            out["picture"] = to_json(value_5)
        value_6 = self.user_type
        if value_6 is None:
            if "user_type" in present:
                out["user_type"] = None
        else:
            out["user_type"] = value_6
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        name = d.pop("name", None)

        email = d.pop("email", None)

        picture = d.pop("picture", None)

        is_service_account = d.pop("is_service_account", None)

        _raw_user_type = d.pop("user_type", None)
        try:
            user_type = check_group_member_user_user_type(_raw_user_type)

        except LENIENT_ERRORS:
            user_type = _raw_user_type

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.name = name
        parsed_obj_.email = email
        parsed_obj_.picture = picture
        parsed_obj_.is_service_account = is_service_account
        parsed_obj_.user_type = user_type
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
