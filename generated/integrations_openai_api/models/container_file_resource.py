from __future__ import annotations

from typing import Any, ClassVar, Self

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
class ContainerFileResource(ApiModel):
    id: str
    """ Unique identifier for the file. """

    object: str
    """ The type of this object (`container.file`). """

    container_id: str
    """ The container this file belongs to. """

    created_at: int
    """ Unix timestamp (in seconds) when the file was created. """

    bytes: int
    """ Size of the file in bytes. """

    path: str
    """ Path of the file in the container. """

    source: str
    """ Source of the file (e.g., `user`, `assistant`). """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("bytes", "bytes"),
        ("container_id", "container_id"),
        ("created_at", "created_at"),
        ("object", "object"),
        ("path", "path"),
        ("source", "source"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "str",
        "container_id": "str",
        "created_at": "int",
        "bytes": "int",
        "path": "str",
        "source": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "container_id",
        "created_at",
        "bytes",
        "path",
        "source",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "container_id",
            "created_at",
            "bytes",
            "path",
            "source",
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
        value_2 = self.bytes
        if value_2 is None:
            if "bytes" in present:
                out["bytes"] = None
        else:
            out["bytes"] = value_2
        value_3 = self.container_id
        if value_3 is None:
            if "container_id" in present:
                out["container_id"] = None
        else:
            out["container_id"] = value_3
        value_4 = self.created_at
        if value_4 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_4
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
        value_6 = self.path
        if value_6 is None:
            if "path" in present:
                out["path"] = None
        else:
            out["path"] = value_6
        value_7 = self.source
        if value_7 is None:
            if "source" in present:
                out["source"] = None
        else:
            out["source"] = value_7
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
        parsed_obj_.container_id = get_("container_id")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.bytes = get_("bytes")
        parsed_obj_.path = get_("path")
        parsed_obj_.source = get_("source")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
