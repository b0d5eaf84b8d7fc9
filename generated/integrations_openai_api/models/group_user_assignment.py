from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class GroupUserAssignment(ApiModel):
    """Confirmation payload returned after adding a user to a group."""

    user_id: str
    """ Identifier of the user that was added. """

    group_id: str
    """ Identifier of the group the user was added to. """

    object: Literal["group.user"] = "group.user"
    """ Always `group.user`. """

    _sdk_name_: ClassVar[str] = "UserCreateResponse"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("group_id", "group_id"),
        ("object", "object"),
        ("user_id", "user_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['group.user']",
        "user_id": "str",
        "group_id": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("group.user",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "user_id",
        "group_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "user_id",
            "group_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.group_id
        if value_1 is None:
            if "group_id" in present:
                out["group_id"] = None
        else:
            out["group_id"] = value_1
        value_2 = self.object
        if value_2 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_2
        value_3 = self.user_id
        if value_3 is None:
            if "user_id" in present:
                out["user_id"] = None
        else:
            out["user_id"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = get_("object")
        parsed_obj_.user_id = get_("user_id")
        parsed_obj_.group_id = get_("group_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
