from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.message_delta_object_delta_role import (
    MessageDeltaObjectDeltaRole,
    check_message_delta_object_delta_role,
)
from ..models.message_object_status import MessageObjectStatus, check_message_object_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_message_request_attachments_item import CreateMessageRequestAttachmentsItem
    from ..models.message_content_image_file_object import MessageContentImageFileObject
    from ..models.message_content_image_url_object import MessageContentImageUrlObject
    from ..models.message_content_refusal_object import MessageContentRefusalObject
    from ..models.message_content_text_object import MessageContentTextObject
    from ..models.message_object_incomplete_details import MessageObjectIncompleteDetails
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateMessageRequestAttachmentsItem, \
        MessageContentImageFileObject, \
        MessageContentImageUrlObject, \
        MessageContentRefusalObject, \
        MessageContentTextObject, \
        MessageObjectIncompleteDetails, \
        Metadata2
    from ..models.create_message_request_attachments_item import CreateMessageRequestAttachmentsItem  # noqa: PLC0415
    from ..models.message_content_image_file_object import MessageContentImageFileObject  # noqa: PLC0415
    from ..models.message_content_image_url_object import MessageContentImageUrlObject  # noqa: PLC0415
    from ..models.message_content_refusal_object import MessageContentRefusalObject  # noqa: PLC0415
    from ..models.message_content_text_object import MessageContentTextObject  # noqa: PLC0415
    from ..models.message_object_incomplete_details import MessageObjectIncompleteDetails  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="MessageObject")


def _parse_incomplete_details(data: object) -> MessageObjectIncompleteDetails | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return MessageObjectIncompleteDetails.from_dict(data)
    return cast("MessageObjectIncompleteDetails | None", data)


def _parse_completed_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_incomplete_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_content_item(
    data: object,
) -> (
    MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageContentRefusalObject
    | MessageContentTextObject
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                MessageContentImageFileObject,
                MessageContentImageUrlObject,
                MessageContentTextObject,
                MessageContentRefusalObject,
            ),
        )
        if variant is None:
            return cast(
                "MessageContentImageFileObject | MessageContentImageUrlObject | MessageContentRefusalObject | MessageContentTextObject",
                UnknownVariant(data),
            )
        return cast(
            "MessageContentImageFileObject | MessageContentImageUrlObject | MessageContentRefusalObject | MessageContentTextObject",
            variant.from_dict(data),
        )
    return cast(
        "MessageContentImageFileObject | MessageContentImageUrlObject | MessageContentRefusalObject | MessageContentTextObject",
        data,
    )


def _parse_assistant_id(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_run_id(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_attachments(data: object) -> list[CreateMessageRequestAttachmentsItem] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        attachments_type_0 = []
        _attachments_type_0 = data
        if not isinstance(_attachments_type_0, list):
            raise TypeError()
        for attachments_type_0_item_data in _attachments_type_0:
            try:
                attachments_type_0_item = CreateMessageRequestAttachmentsItem.from_dict(
                    attachments_type_0_item_data
                )

            except LENIENT_ERRORS:
                attachments_type_0_item = attachments_type_0_item_data
            attachments_type_0.append(attachments_type_0_item)

        return attachments_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[CreateMessageRequestAttachmentsItem] | None", data)


def _parse_metadata(data: object) -> Metadata2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None", data)


@_attrs_define
class MessageObject:
    """Represents a message within a [thread](/docs/api-reference/threads)."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the message was created. """
    thread_id: str
    """ The [thread](/docs/api-reference/threads) ID that this message belongs to. """
    status: MessageObjectStatus
    """ The status of the message, which can be either `in_progress`, `incomplete`, or `completed`. """
    incomplete_details: MessageObjectIncompleteDetails | None
    completed_at: int | None
    incomplete_at: int | None
    role: MessageDeltaObjectDeltaRole
    """ The entity that produced the message. One of `user` or `assistant`. """
    content: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageContentRefusalObject
        | MessageContentTextObject
    ]
    """ The content of the message in array of text and/or images. """
    assistant_id: None | str
    run_id: None | str
    attachments: list[CreateMessageRequestAttachmentsItem] | None
    metadata: Metadata2 | None
    object_: Literal["thread.message"] = "thread.message"
    """ The object type, which is always `thread.message`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("thread.message",),
        "status": (
            "completed",
            "in_progress",
            "incomplete",
        ),
        "role": (
            "assistant",
            "user",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "thread_id",
        "status",
        "incomplete_details",
        "completed_at",
        "incomplete_at",
        "role",
        "content",
        "assistant_id",
        "run_id",
        "attachments",
        "metadata",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "thread_id",
            "status",
            "incomplete_details",
            "completed_at",
            "incomplete_at",
            "role",
            "content",
            "assistant_id",
            "run_id",
            "attachments",
            "metadata",
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
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.incomplete_details, Unset):
            field_dict["incomplete_details"] = to_json(self.incomplete_details)
        if not isinstance(self.completed_at, Unset):
            field_dict["completed_at"] = to_json(self.completed_at)
        if not isinstance(self.incomplete_at, Unset):
            field_dict["incomplete_at"] = to_json(self.incomplete_at)
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = to_json(self.assistant_id)
        if not isinstance(self.run_id, Unset):
            field_dict["run_id"] = to_json(self.run_id)
        if not isinstance(self.attachments, Unset):
            field_dict["attachments"] = to_json(self.attachments)
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = to_json(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"MessageObject: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['thread.message']", _raw_object_)
            if object_ != "thread.message":
                raise ValueError(f"object must match const 'thread.message', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        created_at = d.pop("created_at", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_message_object_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_incomplete_details = d.pop("incomplete_details", UNSET)
        try:
            incomplete_details = _parse_incomplete_details(_raw_incomplete_details)

        except LENIENT_ERRORS:
            incomplete_details = _raw_incomplete_details

        _raw_completed_at = d.pop("completed_at", UNSET)
        try:
            completed_at = _parse_completed_at(_raw_completed_at)

        except LENIENT_ERRORS:
            completed_at = _raw_completed_at

        _raw_incomplete_at = d.pop("incomplete_at", UNSET)
        try:
            incomplete_at = _parse_incomplete_at(_raw_incomplete_at)

        except LENIENT_ERRORS:
            incomplete_at = _raw_incomplete_at

        _raw_role = d.pop("role", UNSET)
        try:
            role = check_message_delta_object_delta_role(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

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

        _raw_assistant_id = d.pop("assistant_id", UNSET)
        try:
            assistant_id = _parse_assistant_id(_raw_assistant_id)

        except LENIENT_ERRORS:
            assistant_id = _raw_assistant_id

        _raw_run_id = d.pop("run_id", UNSET)
        try:
            run_id = _parse_run_id(_raw_run_id)

        except LENIENT_ERRORS:
            run_id = _raw_run_id

        _raw_attachments = d.pop("attachments", UNSET)
        try:
            attachments = _parse_attachments(_raw_attachments)

        except LENIENT_ERRORS:
            attachments = _raw_attachments

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            status=status,
            incomplete_details=incomplete_details,
            completed_at=completed_at,
            incomplete_at=incomplete_at,
            role=role,
            content=content,
            assistant_id=assistant_id,
            run_id=run_id,
            attachments=attachments,
            metadata=metadata,
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
