from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

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
        type_ = d.pop("type", None)

        _raw_image_file = d.pop("image_file", None)
        try:
            image_file = MessageContentImageFileObjectImageFile.from_dict(_raw_image_file)

        except LENIENT_ERRORS:
            image_file = _raw_image_file

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.image_file = image_file
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
