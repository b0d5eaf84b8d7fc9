from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

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
class UsageVectorStoresResult(ApiModel):
    """The aggregated vector stores usage details of the specific time bucket."""

    usage_bytes: int
    """ The vector stores usage in bytes. """

    object: Literal["organization.usage.vector_stores.result"] = (
        "organization.usage.vector_stores.result"
    )

    project_id: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "DataResultOrganizationUsageVectorStoresResult"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("usage_bytes", "usage_bytes"),
        ("project_id", "project_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.usage.vector_stores.result']",
        "usage_bytes": "int",
        "project_id": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.usage.vector_stores.result",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "usage_bytes",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "usage_bytes",
            "project_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.object
        if value_1 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_1
        value_2 = self.usage_bytes
        if value_2 is None:
            if "usage_bytes" in present:
                out["usage_bytes"] = None
        else:
            out["usage_bytes"] = value_2
        value_3 = self.project_id
        if value_3 is None:
            if "project_id" in present:
                out["project_id"] = None
        else:
            out["project_id"] = to_json(value_3)
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
        parsed_obj_.usage_bytes = get_("usage_bytes")
        parsed_obj_.project_id = get_("project_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
