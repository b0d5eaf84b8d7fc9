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
class ConversationResource(ApiModel):
    id: str
    """ The unique ID of the conversation. """

    metadata: Any
    """ Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing
    additional information about the object in a structured         format, and querying for objects via API or the
    dashboard.
            Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum
    length of 512 characters. """

    created_at: int
    """ The time at which the conversation was created, measured in seconds since the Unix epoch. """

    object: Literal["conversation"] = "conversation"
    """ The object type, which is always `conversation`. """

    _sdk_name_: ClassVar[str] = "Conversation"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("metadata", "metadata"),
        ("object", "object"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['conversation']",
        "metadata": "Any",
        "created_at": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("conversation",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "metadata",
        "created_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "metadata",
            "created_at",
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
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.metadata
        if value_3 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_3)
        value_4 = self.object
        if value_4 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_4
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
        parsed_obj_.object = get_("object")
        parsed_obj_.metadata = get_("metadata")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
