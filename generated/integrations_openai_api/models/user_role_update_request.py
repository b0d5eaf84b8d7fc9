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
class UserRoleUpdateRequest(ApiModel):
    role: str | None = ABSENT
    """ `owner` or `reader` """

    role_id: str | None = ABSENT
    """ Role ID to assign to the user. """

    technical_level: str | None = ABSENT
    """ Technical level metadata. """

    developer_persona: str | None = ABSENT
    """ Developer persona metadata. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("role_id", "role_id"),
        ("technical_level", "technical_level"),
        ("developer_persona", "developer_persona"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role": "None | str | Unset",
        "role_id": "None | str | Unset",
        "technical_level": "None | str | Unset",
        "developer_persona": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "role_id",
            "technical_level",
            "developer_persona",
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
            out["role"] = to_json(value_1)
        value_2 = self.role_id
        if value_2 is None:
            if "role_id" in present:
                out["role_id"] = None
        else:
            out["role_id"] = to_json(value_2)
        value_3 = self.technical_level
        if value_3 is None:
            if "technical_level" in present:
                out["technical_level"] = None
        else:
            out["technical_level"] = to_json(value_3)
        value_4 = self.developer_persona
        if value_4 is None:
            if "developer_persona" in present:
                out["developer_persona"] = None
        else:
            out["developer_persona"] = to_json(value_4)
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
        parsed_obj_.role_id = get_("role_id")
        parsed_obj_.technical_level = get_("technical_level")
        parsed_obj_.developer_persona = get_("developer_persona")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
