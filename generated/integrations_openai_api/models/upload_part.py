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
class UploadPart(ApiModel):
    """The upload Part represents a chunk of bytes we can add to an Upload object."""

    id: str
    """ The upload Part unique identifier, which can be referenced in API endpoints. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the Part was created. """

    upload_id: str
    """ The ID of the Upload object that this Part was added to. """

    object: Literal["upload.part"] = "upload.part"
    """ The object type, which is always `upload.part`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("object", "object"),
        ("upload_id", "upload_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "created_at": "int",
        "upload_id": "str",
        "object": "Literal['upload.part']",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("upload.part",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "created_at",
        "upload_id",
        "object",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "created_at",
            "upload_id",
            "object",
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
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        value_4 = self.upload_id
        if value_4 is None:
            if "upload_id" in present:
                out["upload_id"] = None
        else:
            out["upload_id"] = value_4
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
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.upload_id = get_("upload_id")
        parsed_obj_.object = get_("object")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
