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
class VoiceResource(ApiModel):
    """A custom voice that can be used for audio output."""

    id: str
    """ The voice identifier, which can be referenced in API endpoints. """

    name: str
    """ The name of the voice. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the voice was created. """

    object: Literal["audio.voice"] = "audio.voice"
    """ The object type, which is always `audio.voice`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("id", "id"),
        ("name", "name"),
        ("created_at", "created_at"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['audio.voice']",
        "id": "str",
        "name": "str",
        "created_at": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("audio.voice",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "name",
        "created_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "name",
            "created_at",
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
        value_2 = self.id
        if value_2 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_2
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
        value_4 = self.created_at
        if value_4 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_4
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
        parsed_obj_.id = get_("id")
        parsed_obj_.name = get_("name")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
