from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="UserMessageItem")


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
        return InferenceOptions.from_dict(data)
    return cast("InferenceOptions | None", data)


@_attrs_define
class UserMessageItem:
    """User-authored messages within a thread."""

    id: str
    """ Identifier of the thread item. """
    created_at: int
    """ Unix timestamp (in seconds) for when the item was created. """
    thread_id: str
    """ Identifier of the parent thread. """
    content: list[UserMessageInputText | UserMessageQuotedText]
    """ Ordered content elements supplied by the user. """
    attachments: list[Attachment]
    """ Attachments associated with the user message. Defaults to an empty list. """
    inference_options: InferenceOptions | None
    object_: Literal["chatkit.thread_item"] = "chatkit.thread_item"
    """ Type discriminator that is always `chatkit.thread_item`. """
    type_: Literal["chatkit.user_message"] = "chatkit.user_message"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.thread_id, Unset):
            field_dict["thread_id"] = self.thread_id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        if not isinstance(self.attachments, Unset):
            field_dict["attachments"] = to_json(self.attachments)
        if not isinstance(self.inference_options, Unset):
            field_dict["inference_options"] = to_json(self.inference_options)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"UserMessageItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['chatkit.thread_item']", _raw_object_)
            if object_ != "chatkit.thread_item":
                raise ValueError(f"object must match const 'chatkit.thread_item', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        created_at = d.pop("created_at", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['chatkit.user_message']", _raw_type_)
            if type_ != "chatkit.user_message":
                raise ValueError(f"type must match const 'chatkit.user_message', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_content = d.pop("content", UNSET)
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

        _raw_attachments = d.pop("attachments", UNSET)
        try:
            attachments = []
            _attachments = _raw_attachments
            if not isinstance(_attachments, list):
                raise TypeError()
            for attachments_item_data in _attachments:
                try:
                    attachments_item = Attachment.from_dict(attachments_item_data)

                except LENIENT_ERRORS:
                    attachments_item = attachments_item_data
                attachments.append(attachments_item)

        except LENIENT_ERRORS:
            attachments = _raw_attachments

        _raw_inference_options = d.pop("inference_options", UNSET)
        try:
            inference_options = _parse_inference_options(_raw_inference_options)

        except LENIENT_ERRORS:
            inference_options = _raw_inference_options

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            type_=type_,
            content=content,
            attachments=attachments,
            inference_options=inference_options,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
