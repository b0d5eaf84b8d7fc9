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
from ..models.message_content_image_file_object_image_file_detail import (
    MessageContentImageFileObjectImageFileDetail,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class MessageContentImageFileObjectImageFile(ApiModel):
    file_id: str
    """ The [File](https://platform.openai.com/docs/api-reference/files) ID of the image in the message content. Set
    `purpose="vision"` when uploading the File if you need to later display the file content. """

    detail: MessageContentImageFileObjectImageFileDetail | str | None = ABSENT
    """ Specifies the detail level of the image if specified by the user. `low` uses fewer tokens, you can opt in to
    high resolution using `high`.

    Server default: `"auto"`. """

    _sdk_name_: ClassVar[str] = "ImageFile"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_id", "file_id"),
        ("detail", "detail"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file_id": "str",
        "detail": "MessageContentImageFileObjectImageFileDetail | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "detail": (
            "auto",
            "high",
            "low",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("file_id",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "detail",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.file_id
        if value_1 is None:
            if "file_id" in present:
                out["file_id"] = None
        else:
            out["file_id"] = value_1
        value_2 = self.detail
        if value_2 is None:
            if "detail" in present:
                out["detail"] = None
        else:
            out["detail"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.file_id = get_("file_id")
        parsed_obj_.detail = get_("detail")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
