from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.inference_options import InferenceOptions
    from ..models.user_message_input_text import UserMessageInputText
    from ..models.user_message_quoted_text import UserMessageQuotedText

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Attachment, InferenceOptions, UserMessageInputText, UserMessageQuotedText
    from ..models.attachment import Attachment  # noqa: PLC0415
    from ..models.inference_options import InferenceOptions  # noqa: PLC0415
    from ..models.user_message_input_text import UserMessageInputText  # noqa: PLC0415
    from ..models.user_message_quoted_text import UserMessageQuotedText  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_content_item(data: object) -> UserMessageInputText | UserMessageQuotedText:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                UserMessageInputText,
                UserMessageQuotedText,
            ),
        )
        if variant is None:
            return cast("UserMessageInputText | UserMessageQuotedText", UnknownVariant(data))
        return cast("UserMessageInputText | UserMessageQuotedText", variant.from_dict(data))
    return cast("UserMessageInputText | UserMessageQuotedText", data)


def _parse_inference_options(data: object) -> InferenceOptions | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return InferenceOptions._from_dict_(data)
    return cast("InferenceOptions | None", data)


@_attrs_define(repr=False)
class UserMessageItem(ApiModel):
    """User-authored messages within a thread."""

    id: str
    """ Identifier of the thread item. """

    created_at: int
    """ Unix timestamp (in seconds) for when the item was created. """

    thread_id: str
    """ Identifier of the parent thread. """

    content: list[UnknownVariant | UserMessageInputText | UserMessageQuotedText]
    """ Ordered content elements supplied by the user. """

    attachments: list[Attachment]
    """ Attachments associated with the user message. Defaults to an empty list. """

    object: Literal["chatkit.thread_item"] = "chatkit.thread_item"
    """ Type discriminator that is always `chatkit.thread_item`. """

    type: Literal["chatkit.user_message"] = "chatkit.user_message"

    inference_options: InferenceOptions | None = ABSENT

    _sdk_name_: ClassVar[str] = "ChatKitThreadUserMessageItem"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "content": {"UserMessageInputText": "ContentInputText"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("attachments", "attachments"),
        ("content", "content"),
        ("created_at", "created_at"),
        ("inference_options", "inference_options"),
        ("object", "object"),
        ("thread_id", "thread_id"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['chatkit.thread_item']",
        "created_at": "int",
        "thread_id": "str",
        "type": "Literal['chatkit.user_message']",
        "content": "list[UserMessageInputText | UserMessageQuotedText]",
        "attachments": "list[Attachment]",
        "inference_options": "InferenceOptions | None",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("chatkit.thread_item",),
        "type": ("chatkit.user_message",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "thread_id",
        "type",
        "content",
        "attachments",
        "inference_options",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "thread_id",
            "type",
            "content",
            "attachments",
            "inference_options",
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
        value_2 = self.attachments
        if value_2 is None:
            if "attachments" in present:
                out["attachments"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "attachments" in present:
            out["attachments"] = to_json(value_2)
        value_3 = self.content
        if value_3 is None:
            if "content" in present:
                out["content"] = None
        elif value_3 or not isinstance(value_3, AbsentList) or "content" in present:
            out["content"] = to_json(value_3)
        value_4 = self.created_at
        if value_4 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_4
        value_5 = self.inference_options
        if value_5 is None:
            if "inference_options" in present:
                out["inference_options"] = None
        else:
            out["inference_options"] = to_json(value_5)
        value_6 = self.object
        if value_6 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_6
        value_7 = self.thread_id
        if value_7 is None:
            if "thread_id" in present:
                out["thread_id"] = None
        else:
            out["thread_id"] = value_7
        value_8 = self.type
        if value_8 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_8
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
                    content_item = _parse_content_item(content_item_data)

                except LENIENT_ERRORS:
                    content_item = content_item_data
                content.append(content_item)

        except LENIENT_ERRORS:
            content = _raw_content
        parsed_obj_.content = AbsentList() if isinstance(content, Unset) else content
        _raw_attachments = get_("attachments", UNSET)
        try:
            attachments = []
            _attachments = _raw_attachments
            if not isinstance(_attachments, list):
                raise TypeError()
            for attachments_item_data in _attachments:
                try:
                    attachments_item = (
                        Attachment._from_dict_(attachments_item_data)
                        if attachments_item_data.__class__ is dict
                        else Attachment.from_dict(attachments_item_data)
                    )
                except LENIENT_ERRORS:
                    attachments_item = attachments_item_data
                attachments.append(attachments_item)

        except LENIENT_ERRORS:
            attachments = _raw_attachments
        parsed_obj_.attachments = AbsentList() if isinstance(attachments, Unset) else attachments
        _raw_inference_options = get_("inference_options", None)
        if _raw_inference_options is not None:
            try:
                inference_options = _parse_inference_options(_raw_inference_options)

            except LENIENT_ERRORS:
                inference_options = _raw_inference_options
        else:
            inference_options = _raw_inference_options
        parsed_obj_.inference_options = inference_options
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
