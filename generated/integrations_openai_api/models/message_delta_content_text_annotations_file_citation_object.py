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
    from ..models.message_delta_content_text_annotations_file_citation_object_file_citation import (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation
    from ..models.message_delta_content_text_annotations_file_citation_object_file_citation import (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class MessageDeltaContentTextAnnotationsFileCitationObject(ApiModel):
    """A citation within the message that points to a specific quote from a specific File associated with the assistant or
    the message. Generated when the assistant uses the "file_search" tool to search files.

    """

    index: int
    """ The index of the annotation in the text content part. """

    type: Literal["file_citation"] = "file_citation"
    """ Always `file_citation`. """

    text: str | None = ABSENT
    """ The text in the message content that needs to be replaced. """

    file_citation: MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | None = ABSENT

    start_index: int | None = ABSENT

    end_index: int | None = ABSENT

    _sdk_name_: ClassVar[str] = "FileCitationDeltaAnnotation"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("type", "type"),
        ("end_index", "end_index"),
        ("file_citation", "file_citation"),
        ("start_index", "start_index"),
        ("text", "text"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "index": "int",
        "type": "Literal['file_citation']",
        "text": "str | Unset",
        "file_citation": "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | Unset",
        "start_index": "int | Unset",
        "end_index": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file_citation",),
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
            "file_citation",
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
        value_4 = self.file_citation
        if value_4 is None:
            if "file_citation" in present:
                out["file_citation"] = None
        else:
            out["file_citation"] = to_json(value_4)
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
        file_citation = get_("file_citation")
        if file_citation is not None:
            try:
                file_citation = (
                    MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation._from_dict_(
                        file_citation
                    )
                    if file_citation.__class__ is dict
                    else MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation.from_dict(
                        file_citation
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.file_citation = file_citation
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
