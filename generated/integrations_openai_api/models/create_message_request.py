from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.create_message_request_role import (
    CreateMessageRequestRole,
    check_create_message_request_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_message_request_attachments_item import CreateMessageRequestAttachmentsItem
    from ..models.message_content_image_file_object import MessageContentImageFileObject
    from ..models.message_content_image_url_object import MessageContentImageUrlObject
    from ..models.message_request_content_text_object import MessageRequestContentTextObject
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateMessageRequestAttachmentsItem, \
        MessageContentImageFileObject, \
        MessageContentImageUrlObject, \
        MessageRequestContentTextObject, \
        Metadata2
    from ..models.create_message_request_attachments_item import CreateMessageRequestAttachmentsItem  # noqa: PLC0415
    from ..models.message_content_image_file_object import MessageContentImageFileObject  # noqa: PLC0415
    from ..models.message_content_image_url_object import MessageContentImageUrlObject  # noqa: PLC0415
    from ..models.message_request_content_text_object import MessageRequestContentTextObject  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateMessageRequest")


def _parse_content(
    data: object,
) -> (
    list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageRequestContentTextObject
    ]
    | str
):
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_content_type_1_item(
            data: object,
        ) -> (
            MessageContentImageFileObject
            | MessageContentImageUrlObject
            | MessageRequestContentTextObject
        ):
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        MessageContentImageFileObject,
                        MessageContentImageUrlObject,
                        MessageRequestContentTextObject,
                    ),
                )
                if variant is None:
                    return cast(
                        "MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject",
                        UnknownVariant(data),
                    )
                return cast(
                    "MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject",
                    variant.from_dict(data),
                )
            return cast(
                "MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject",
                data,
            )

        content_type_1 = []
        _content_type_1 = data
        if not isinstance(_content_type_1, list):
            raise TypeError()
        for content_type_1_item_data in _content_type_1:
            try:
                content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

            except LENIENT_ERRORS:
                content_type_1_item = content_type_1_item_data
            content_type_1.append(content_type_1_item)

        return content_type_1
    except LENIENT_ERRORS:
        pass
    return cast(
        "list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject] | str",
        data,
    )


def _parse_attachments(data: object) -> list[CreateMessageRequestAttachmentsItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
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
    return cast("list[CreateMessageRequestAttachmentsItem] | None | Unset", data)


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define
class CreateMessageRequest:
    role: CreateMessageRequestRole
    """ The role of the entity that is creating the message. Allowed values include:
    - `user`: Indicates the message is sent by an actual user and should be used in most cases to represent user-
    generated messages.
    - `assistant`: Indicates the message is generated by the assistant. Use this value to insert messages from the
    assistant into the conversation.
     """
    content: (
        list[
            MessageContentImageFileObject
            | MessageContentImageUrlObject
            | MessageRequestContentTextObject
        ]
        | str
    )
    attachments: list[CreateMessageRequestAttachmentsItem] | None | Unset = UNSET
    metadata: Metadata2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": (
            "assistant",
            "user",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "role",
        "content",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "content",
            "attachments",
            "metadata",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        if self.attachments is not UNSET:
            field_dict["attachments"] = to_json(self.attachments)
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateMessageRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_role = d.pop("role", UNSET)
        try:
            role = check_create_message_request_role(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

        _raw_content = d.pop("content", UNSET)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

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
            role=role,
            content=content,
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
