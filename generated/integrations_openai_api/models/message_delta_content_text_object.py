from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_delta_content_text_object_text import MessageDeltaContentTextObjectText

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MessageDeltaContentTextObjectText
    from ..models.message_delta_content_text_object_text import MessageDeltaContentTextObjectText  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class MessageDeltaContentTextObject(ApiModel):
    """The text content that is part of a message."""

    index: int
    """ The index of the content part in the message. """

    type: Literal["text"] = "text"
    """ Always `text`. """

    text: MessageDeltaContentTextObjectText | None = ABSENT

    _sdk_name_: ClassVar[str] = "TextDeltaBlock"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("type", "type"),
        ("text", "text"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "index": "int",
        "type": "Literal['text']",
        "text": "MessageDeltaContentTextObjectText | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("text",),
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
        value_3 = self.text
        if value_3 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        index = d.pop("index", None)

        type_ = d.pop("type", None)

        _raw_text = d.pop("text", UNSET)
        try:
            _text = _raw_text
            text: MessageDeltaContentTextObjectText | Unset
            if isinstance(_text, Unset):
                text = UNSET
            else:
                text = MessageDeltaContentTextObjectText.from_dict(_text)

        except LENIENT_ERRORS:
            text = _raw_text

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.index = index
        parsed_obj_.type = type_
        parsed_obj_.text = None if isinstance(text, Unset) else text
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
