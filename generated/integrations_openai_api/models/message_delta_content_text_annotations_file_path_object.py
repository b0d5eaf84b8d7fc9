from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MessageDeltaContentTextAnnotationsFilePathObjectFilePath
    from ..models.message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class MessageDeltaContentTextAnnotationsFilePathObject(ApiModel):
    """A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file."""

    index: int
    """ The index of the annotation in the text content part. """

    type: Literal["file_path"] = "file_path"
    """ Always `file_path`. """

    text: str | None = ABSENT
    """ The text in the message content that needs to be replaced. """

    file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | None = ABSENT

    start_index: int | None = ABSENT

    end_index: int | None = ABSENT

    _sdk_name_: ClassVar[str] = "FilePathDeltaAnnotation"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("type", "type"),
        ("end_index", "end_index"),
        ("file_path", "file_path"),
        ("start_index", "start_index"),
        ("text", "text"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "index": "int",
        "type": "Literal['file_path']",
        "text": "str | Unset",
        "file_path": "MessageDeltaContentTextAnnotationsFilePathObjectFilePath | Unset",
        "start_index": "int | Unset",
        "end_index": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file_path",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "index",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "index",
            "type",
            "text",
            "file_path",
            "start_index",
            "end_index",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.index
        if value_1 is None:
            if "index" in present:
                out["index"] = None
        else:
            out["index"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.end_index
        if value_3 is None:
            if "end_index" in present:
                out["end_index"] = None
        else:
            out["end_index"] = value_3
        value_4 = self.file_path
        if value_4 is None:
            if "file_path" in present:
                out["file_path"] = None
        else:
            out["file_path"] = to_json(value_4)
        value_5 = self.start_index
        if value_5 is None:
            if "start_index" in present:
                out["start_index"] = None
        else:
            out["start_index"] = value_5
        value_6 = self.text
        if value_6 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_6
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
        parsed_obj_.index = get_("index")
        parsed_obj_.type = get_("type")
        parsed_obj_.text = get_("text")
        file_path = get_("file_path")
        if file_path is not None:
            try:
                file_path = (
                    MessageDeltaContentTextAnnotationsFilePathObjectFilePath._from_dict_(file_path)
                    if file_path.__class__ is dict
                    else MessageDeltaContentTextAnnotationsFilePathObjectFilePath.from_dict(
                        file_path
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.file_path = file_path
        parsed_obj_.start_index = get_("start_index")
        parsed_obj_.end_index = get_("end_index")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
