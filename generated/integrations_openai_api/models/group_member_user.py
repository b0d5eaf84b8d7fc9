from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.group_member_user_user_type import (
    GroupMemberUserUserType,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class GroupMemberUser(ApiModel):
    """Details about a user returned from an organization group membership lookup."""

    id: str
    """ Identifier for the user. """

    name: str
    """ Display name of the user. """

    user_type: GroupMemberUserUserType | str
    """ The type of user. """

    email: str | None = ABSENT
    """ Email address of the user, or `null` for users without an email. """

    picture: str | None = ABSENT
    """ URL of the user's profile picture, if available. """

    is_service_account: bool | None = ABSENT
    """ Whether the user is a service account. """

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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.name = get_("name")
        parsed_obj_.email = get_("email")
        parsed_obj_.picture = get_("picture")
        parsed_obj_.is_service_account = get_("is_service_account")
        parsed_obj_.user_type = get_("user_type")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
