from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_output_text import ResponseOutputText

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseOutputText
    from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class AssistantMessageItem(ApiModel):
    """Assistant-authored message within a thread."""

    id: str
    """ Identifier of the thread item. """

    created_at: int
    """ Unix timestamp (in seconds) for when the item was created. """

    thread_id: str
    """ Identifier of the parent thread. """

    content: list[ResponseOutputText]
    """ Ordered assistant response segments. """

    object: Literal["chatkit.thread_item"] = "chatkit.thread_item"
    """ Type discriminator that is always `chatkit.thread_item`. """

    type: Literal["chatkit.assistant_message"] = "chatkit.assistant_message"
    """ Type discriminator that is always `chatkit.assistant_message`. """

    _sdk_name_: ClassVar[str] = "ChatKitThreadAssistantMessageItem"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("content", "content"),
        ("created_at", "created_at"),
        ("object", "object"),
        ("thread_id", "thread_id"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['chatkit.thread_item']",
        "created_at": "int",
        "thread_id": "str",
        "type": "Literal['chatkit.assistant_message']",
        "content": "list[ResponseOutputText]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("chatkit.thread_item",),
        "type": ("chatkit.assistant_message",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "thread_id",
        "type",
        "content",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "thread_id",
            "type",
            "content",
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
        value_2 = self.content
        if value_2 is None:
            if "content" in present:
                out["content"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "content" in present:
            out["content"] = to_json(value_2)
        value_3 = self.created_at
        if value_3 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_3
        value_4 = self.object
        if value_4 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_4
        value_5 = self.thread_id
        if value_5 is None:
            if "thread_id" in present:
                out["thread_id"] = None
        else:
            out["thread_id"] = value_5
        value_6 = self.type
        if value_6 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_6
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
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.thread_id = get_("thread_id")
        parsed_obj_.type = get_("type")
        _raw_content = get_("content", UNSET)
        try:
            content = []
            _content = _raw_content
            if not isinstance(_content, list):
                raise TypeError()
            for content_item_data in _content:
                try:
                    content_item = (
                        ResponseOutputText._from_dict_(content_item_data)
                        if content_item_data.__class__ is dict
                        else ResponseOutputText.from_dict(content_item_data)
                    )
                except LENIENT_ERRORS:
                    content_item = content_item_data
                content.append(content_item)

        except LENIENT_ERRORS:
            content = _raw_content
        parsed_obj_.content = AbsentList() if isinstance(content, Unset) else content
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
