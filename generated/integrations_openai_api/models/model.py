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
class Model(ApiModel):
    """Describes an OpenAI model offering that can be used with the API."""

    id: str
    """ The model identifier, which can be referenced in the API endpoints. """

    created: int
    """ The Unix timestamp (in seconds) when the model was created. """

    owned_by: str
    """ The organization that owns the model. """

    object: Literal["model"] = "model"
    """ The object type, which is always "model". """

    shutdown_date: str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Model` has it (the live API sends it). Reads None when absent.
    """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created", "created"),
        ("object", "object"),
        ("owned_by", "owned_by"),
        ("shutdown_date", "shutdown_date"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "created": "int",
        "object": "Literal['model']",
        "owned_by": "str",
        "shutdown_date": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("model",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "created",
        "object",
        "owned_by",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "created",
            "object",
            "owned_by",
            "shutdown_date",
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
        value_2 = self.created
        if value_2 is None:
            if "created" in present:
                out["created"] = None
        else:
            out["created"] = value_2
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        value_4 = self.owned_by
        if value_4 is None:
            if "owned_by" in present:
                out["owned_by"] = None
        else:
            out["owned_by"] = value_4
        value_5 = self.shutdown_date
        if value_5 is None:
            if "shutdown_date" in present:
                out["shutdown_date"] = None
        else:
            out["shutdown_date"] = to_json(value_5)
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
        parsed_obj_.created = get_("created")
        parsed_obj_.object = get_("object")
        parsed_obj_.owned_by = get_("owned_by")
        parsed_obj_.shutdown_date = get_("shutdown_date")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
