from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.message_content_text_object_text import MessageContentTextObjectText

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MessageContentTextObjectText
    from ..models.message_content_text_object_text import MessageContentTextObjectText  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class MessageContentTextObject(ApiModel):
    """The text content that is part of a message."""

    text: MessageContentTextObjectText

    type: Literal["text"] = "text"
    """ Always `text`. """

    _sdk_name_: ClassVar[str] = "TextContentBlock"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['text']",
        "text": "MessageContentTextObjectText",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("text",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "text",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "text",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.text
        if value_1 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = to_json(value_1)
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

        _raw_text = d.pop("text", None)
        try:
            text = MessageContentTextObjectText.from_dict(_raw_text)

        except LENIENT_ERRORS:
            text = _raw_text

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.text = text
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
