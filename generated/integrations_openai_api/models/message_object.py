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
from ..models.message_delta_object_delta_role import (
    MessageDeltaObjectDeltaRole,
)
from ..models.message_object_status import MessageObjectStatus
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_incomplete_details(data: object) -> MessageObjectIncompleteDetails | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return MessageObjectIncompleteDetails._from_dict_(data)
    return cast("MessageObjectIncompleteDetails | None", data)


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
                attachments_type_0_item = (
                    CreateMessageRequestAttachmentsItem._from_dict_(attachments_type_0_item_data)
                    if attachments_type_0_item_data.__class__ is dict
                    else CreateMessageRequestAttachmentsItem.from_dict(attachments_type_0_item_data)
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
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None", data)


@_attrs_define(repr=False)
class MessageObject(ApiModel):
    """Represents a message within a [thread](https://platform.openai.com/docs/api-reference/threads)."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the message was created. """

    thread_id: str
    """ The [thread](https://platform.openai.com/docs/api-reference/threads) ID that this message belongs to. """

    status: MessageObjectStatus | str
    """ The status of the message, which can be either `in_progress`, `incomplete`, or `completed`. """

    role: MessageDeltaObjectDeltaRole | str
    """ The entity that produced the message. One of `user` or `assistant`. """

    content: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageContentRefusalObject
        | MessageContentTextObject
        | UnknownVariant
    ]
    """ The content of the message in array of text and/or images. """

    object: Literal["thread.message"] = "thread.message"
    """ The object type, which is always `thread.message`. """

    incomplete_details: MessageObjectIncompleteDetails | None = ABSENT

    completed_at: int | None = ABSENT

    incomplete_at: int | None = ABSENT

    assistant_id: str | None = ABSENT

    run_id: str | None = ABSENT

    attachments: list[CreateMessageRequestAttachmentsItem] | None = ABSENT

    metadata: Metadata2 | None = ABSENT

    _sdk_name_: ClassVar[str] = "Message"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("assistant_id", "assistant_id"),
        ("attachments", "attachments"),
        ("completed_at", "completed_at"),
        ("content", "content"),
        ("created_at", "created_at"),
        ("incomplete_at", "incomplete_at"),
        ("incomplete_details", "incomplete_details"),
        ("metadata", "metadata"),
        ("object", "object"),
        ("role", "role"),
        ("run_id", "run_id"),
        ("status", "status"),
        ("thread_id", "thread_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['thread.message']",
        "created_at": "int",
        "thread_id": "str",
        "status": "MessageObjectStatus",
        "incomplete_details": "MessageObjectIncompleteDetails | None",
        "completed_at": "int | None",
        "incomplete_at": "int | None",
        "role": "MessageDeltaObjectDeltaRole",
        "content": "list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageContentRefusalObject | MessageContentTextObject]",
        "assistant_id": "None | str",
        "run_id": "None | str",
        "attachments": "list[CreateMessageRequestAttachmentsItem] | None",
        "metadata": "Metadata2 | None",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.assistant_id
        if value_2 is None:
            if "assistant_id" in present:
                out["assistant_id"] = None
        else:
            out["assistant_id"] = to_json(value_2)
        value_3 = self.attachments
        if value_3 is None:
            if "attachments" in present:
                out["attachments"] = None
        else:
            out["attachments"] = to_json(value_3)
        value_4 = self.completed_at
        if value_4 is None:
            if "completed_at" in present:
                out["completed_at"] = None
        else:
            out["completed_at"] = to_json(value_4)
        value_5 = self.content
        if value_5 is None:
            if "content" in present:
                out["content"] = None
        elif value_5 or not isinstance(value_5, AbsentList) or "content" in present:
            out["content"] = to_json(value_5)
        value_6 = self.created_at
        if value_6 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_6
        value_7 = self.incomplete_at
        if value_7 is None:
            if "incomplete_at" in present:
                out["incomplete_at"] = None
        else:
            out["incomplete_at"] = to_json(value_7)
        value_8 = self.incomplete_details
        if value_8 is None:
            if "incomplete_details" in present:
                out["incomplete_details"] = None
        else:
            out["incomplete_details"] = to_json(value_8)
        value_9 = self.metadata
        if value_9 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_9)
        value_10 = self.object
        if value_10 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_10
        value_11 = self.role
        if value_11 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_11
        value_12 = self.run_id
        if value_12 is None:
            if "run_id" in present:
                out["run_id"] = None
        else:
            out["run_id"] = to_json(value_12)
        value_13 = self.status
        if value_13 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_13
        value_14 = self.thread_id
        if value_14 is None:
            if "thread_id" in present:
                out["thread_id"] = None
        else:
            out["thread_id"] = value_14
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
        parsed_obj_.status = get_("status")
        _raw_incomplete_details = get_("incomplete_details", None)
        if _raw_incomplete_details is not None:
            try:
                incomplete_details = _parse_incomplete_details(_raw_incomplete_details)

            except LENIENT_ERRORS:
                incomplete_details = _raw_incomplete_details
        else:
            incomplete_details = _raw_incomplete_details
        parsed_obj_.incomplete_details = incomplete_details
        parsed_obj_.completed_at = get_("completed_at")
        parsed_obj_.incomplete_at = get_("incomplete_at")
        parsed_obj_.role = get_("role")
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
        parsed_obj_.assistant_id = get_("assistant_id")
        parsed_obj_.run_id = get_("run_id")
        _raw_attachments = get_("attachments", None)
        if _raw_attachments is not None:
            try:
                attachments = _parse_attachments(_raw_attachments)

            except LENIENT_ERRORS:
                attachments = _raw_attachments
        else:
            attachments = _raw_attachments
        parsed_obj_.attachments = attachments
        _raw_metadata = get_("metadata", None)
        if _raw_metadata is not None:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = metadata
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
