from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.project_service_account_api_key import ProjectServiceAccountApiKey

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ProjectServiceAccountApiKey
    from ..models.project_service_account_api_key import ProjectServiceAccountApiKey  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_api_key(data: object) -> None | ProjectServiceAccountApiKey:
    if data is None:
        return data
    if isinstance(data, dict):
        return ProjectServiceAccountApiKey._from_dict_(data)
    return cast("None | ProjectServiceAccountApiKey", data)


@_attrs_define(repr=False)
class ProjectServiceAccountCreateResponse(ApiModel):
    id: str

    name: str

    created_at: int

    object: Literal["organization.project.service_account"] = "organization.project.service_account"

    role: Literal["member"] = "member"
    """ Service accounts can only have one role of type `member` """

    api_key: ProjectServiceAccountApiKey | None = ABSENT

    _sdk_name_: ClassVar[str] = "ServiceAccountCreateResponse"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "api_key": {"ProjectServiceAccountApiKey": "APIKey"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("api_key", "api_key"),
        ("created_at", "created_at"),
        ("name", "name"),
        ("object", "object"),
        ("role", "role"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.project.service_account']",
        "id": "str",
        "name": "str",
        "role": "Literal['member']",
        "created_at": "int",
        "api_key": "None | ProjectServiceAccountApiKey",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.api_key
        if value_2 is None:
            if "api_key" in present:
                out["api_key"] = None
        else:
            out["api_key"] = to_json(value_2)
        value_3 = self.created_at
        if value_3 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_3
        value_4 = self.name
        if value_4 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_4
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
        value_6 = self.role
        if value_6 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_6
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = get_("object")
        parsed_obj_.id = get_("id")
        parsed_obj_.name = get_("name")
        parsed_obj_.role = get_("role")
        parsed_obj_.created_at = get_("created_at")
        _raw_api_key = get_("api_key", None)
        if _raw_api_key is not None:
            try:
                api_key = _parse_api_key(_raw_api_key)

            except LENIENT_ERRORS:
                api_key = _raw_api_key
        else:
            api_key = _raw_api_key
        parsed_obj_.api_key = api_key
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
