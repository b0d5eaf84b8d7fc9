from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_message_request_role import (
    CreateMessageRequestRole,
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
    return cast("list[CreateMessageRequestAttachmentsItem] | None | Unset", data)


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define(repr=False)
class CreateMessageRequest(ApiModel):
    role: CreateMessageRequestRole | str
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
            | UnknownVariant
        ]
        | str
    )

    attachments: list[CreateMessageRequestAttachmentsItem] | None = ABSENT

    metadata: Metadata2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("attachments", "attachments"),
        ("metadata", "metadata"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role": "CreateMessageRequestRole",
        "content": "list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject] | str",
        "attachments": "list[CreateMessageRequestAttachmentsItem] | None | Unset",
        "metadata": "Metadata2 | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.role
        if value_1 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_1
        value_2 = self.content
        if value_2 is None:
            if "content" in present:
                out["content"] = None
        else:
            out["content"] = to_json(value_2)
        value_3 = self.attachments
        if value_3 is None:
            if "attachments" in present:
                out["attachments"] = None
        else:
            out["attachments"] = to_json(value_3)
        value_4 = self.metadata
        if value_4 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_4)
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
        parsed_obj_.role = get_("role")
        _raw_content = get_("content", None)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content
        parsed_obj_.content = content
        _raw_attachments = get_("attachments", UNSET)
        if _raw_attachments is not None and _raw_attachments is not UNSET:
            try:
                attachments = _parse_attachments(_raw_attachments)

            except LENIENT_ERRORS:
                attachments = _raw_attachments
        else:
            attachments = _raw_attachments
        parsed_obj_.attachments = None if isinstance(attachments, Unset) else attachments
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
