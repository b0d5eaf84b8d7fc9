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
class ProjectCreateRequest(ApiModel):
    name: str
    """ The friendly name of the project, this name appears in reports. """

    geography: str | None = ABSENT
    """ Create the project with the specified data residency region. Your organization must have access to Data
    residency functionality in order to use. See [data residency
    controls](https://platform.openai.com/docs/guides/your-data#data-residency-controls) to review the functionality
    and limitations of setting this field. """

    external_key_id: str | None = ABSENT
    """ External key ID to associate with the project. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("geography", "geography"),
        ("external_key_id", "external_key_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "geography": "None | str | Unset",
        "external_key_id": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("name",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "geography",
            "external_key_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.name
        if value_1 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_1
        value_2 = self.geography
        if value_2 is None:
            if "geography" in present:
                out["geography"] = None
        else:
            out["geography"] = to_json(value_2)
        value_3 = self.external_key_id
        if value_3 is None:
            if "external_key_id" in present:
                out["external_key_id"] = None
        else:
            out["external_key_id"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = get_("name")
        parsed_obj_.geography = get_("geography")
        parsed_obj_.external_key_id = get_("external_key_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
