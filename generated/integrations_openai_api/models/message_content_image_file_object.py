from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.message_content_image_file_object_image_file import (
        MessageContentImageFileObjectImageFile,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MessageContentImageFileObjectImageFile
    from ..models.message_content_image_file_object_image_file import (
        MessageContentImageFileObjectImageFile,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class MessageContentImageFileObject(ApiModel):
    """References an image [File](https://platform.openai.com/docs/api-reference/files) in the content of a message."""

    image_file: MessageContentImageFileObjectImageFile

    type: Literal["image_file"] = "image_file"
    """ Always `image_file`. """

    _sdk_name_: ClassVar[str] = "ImageFileContentBlock"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("image_file", "image_file"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['image_file']",
        "image_file": "MessageContentImageFileObjectImageFile",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image_file",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "image_file",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "image_file",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.image_file
        if value_1 is None:
            if "image_file" in present:
                out["image_file"] = None
        else:
            out["image_file"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
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
        parsed_obj_.type = get_("type")
        image_file = get_("image_file")
        if image_file is not None:
            try:
                image_file = (
                    MessageContentImageFileObjectImageFile._from_dict_(image_file)
                    if image_file.__class__ is dict
                    else MessageContentImageFileObjectImageFile.from_dict(image_file)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.image_file = image_file
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
