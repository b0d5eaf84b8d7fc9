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
from ..models.attachment_type import AttachmentType

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class Attachment(ApiModel):
    """Attachment metadata included on thread items."""

    type: AttachmentType | str

    id: str
    """ Identifier for the attachment. """

    name: str
    """ Original display name for the attachment. """

    mime_type: str
    """ MIME type of the attachment. """

    preview_url: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "ChatKitAttachment"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("mime_type", "mime_type"),
        ("name", "name"),
        ("preview_url", "preview_url"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "AttachmentType",
        "id": "str",
        "name": "str",
        "mime_type": "str",
        "preview_url": "None | str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "file",
            "image",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "name",
        "mime_type",
        "preview_url",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "name",
            "mime_type",
            "preview_url",
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
        value_2 = self.mime_type
        if value_2 is None:
            if "mime_type" in present:
                out["mime_type"] = None
        else:
            out["mime_type"] = value_2
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
        value_4 = self.preview_url
        if value_4 is None:
            if "preview_url" in present:
                out["preview_url"] = None
        else:
            out["preview_url"] = to_json(value_4)
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.id = get_("id")
        parsed_obj_.name = get_("name")
        parsed_obj_.mime_type = get_("mime_type")
        parsed_obj_.preview_url = get_("preview_url")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
