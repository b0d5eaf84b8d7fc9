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

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ProjectUserCreateRequest(ApiModel):
    role: str
    """ `owner` or `member` """

    user_id: str | None = ABSENT
    """ The ID of the user. """

    email: str | None = ABSENT
    """ Email of the user to add. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("user_id", "user_id"),
        ("email", "email"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role": "str",
        "user_id": "None | str | Unset",
        "email": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("role",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "user_id",
            "email",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.role
        if value_1 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_1
        value_2 = self.user_id
        if value_2 is None:
            if "user_id" in present:
                out["user_id"] = None
        else:
            out["user_id"] = to_json(value_2)
        value_3 = self.email
        if value_3 is None:
            if "email" in present:
                out["email"] = None
        else:
            out["email"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.role = get_("role")
        parsed_obj_.user_id = get_("user_id")
        parsed_obj_.email = get_("email")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
