from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.message_delta_object_delta_role import (
    MessageDeltaObjectDeltaRole,
    check_message_delta_object_delta_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_delta_content_image_file_object import MessageDeltaContentImageFileObject
    from ..models.message_delta_content_image_url_object import MessageDeltaContentImageUrlObject
    from ..models.message_delta_content_refusal_object import MessageDeltaContentRefusalObject
    from ..models.message_delta_content_text_object import MessageDeltaContentTextObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        MessageDeltaContentImageFileObject, \
        MessageDeltaContentImageUrlObject, \
        MessageDeltaContentRefusalObject, \
        MessageDeltaContentTextObject
    from ..models.message_delta_content_image_file_object import MessageDeltaContentImageFileObject  # noqa: PLC0415
    from ..models.message_delta_content_image_url_object import MessageDeltaContentImageUrlObject  # noqa: PLC0415
    from ..models.message_delta_content_refusal_object import MessageDeltaContentRefusalObject  # noqa: PLC0415
    from ..models.message_delta_content_text_object import MessageDeltaContentTextObject  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="MessageDeltaObjectDelta")


def _parse_content_item(
    data: object,
) -> (
    MessageDeltaContentImageFileObject
    | MessageDeltaContentImageUrlObject
    | MessageDeltaContentRefusalObject
    | MessageDeltaContentTextObject
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                MessageDeltaContentImageFileObject,
                MessageDeltaContentTextObject,
                MessageDeltaContentRefusalObject,
                MessageDeltaContentImageUrlObject,
            ),
        )
        if variant is None:
            return cast(
                "MessageDeltaContentImageFileObject | MessageDeltaContentImageUrlObject | MessageDeltaContentRefusalObject | MessageDeltaContentTextObject",
                UnknownVariant(data),
            )
        return cast(
            "MessageDeltaContentImageFileObject | MessageDeltaContentImageUrlObject | MessageDeltaContentRefusalObject | MessageDeltaContentTextObject",
            variant.from_dict(data),
        )
    return cast(
        "MessageDeltaContentImageFileObject | MessageDeltaContentImageUrlObject | MessageDeltaContentRefusalObject | MessageDeltaContentTextObject",
        data,
    )


@_attrs_define
class MessageDeltaObjectDelta:
    """The delta containing the fields that have changed on the Message."""

    role: MessageDeltaObjectDeltaRole | Unset = UNSET
    """ The entity that produced the message. One of `user` or `assistant`. """
    content: (
        list[
            MessageDeltaContentImageFileObject
            | MessageDeltaContentImageUrlObject
            | MessageDeltaContentRefusalObject
            | MessageDeltaContentTextObject
        ]
        | Unset
    ) = UNSET
    """ The content of the message in array of text and/or images. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": (
            "assistant",
            "user",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "content",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.content is not UNSET:
            field_dict["content"] = to_json(self.content)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"MessageDeltaObjectDelta: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_role = d.pop("role", UNSET)
        try:
            _role = _raw_role
            role: MessageDeltaObjectDeltaRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = check_message_delta_object_delta_role(_role)

        except LENIENT_ERRORS:
            role = _raw_role

        _raw_content = d.pop("content", UNSET)
        try:
            _content = _raw_content
            content: (
                list[
                    MessageDeltaContentImageFileObject
                    | MessageDeltaContentImageUrlObject
                    | MessageDeltaContentRefusalObject
                    | MessageDeltaContentTextObject
                ]
                | Unset
            ) = UNSET
            if _content is not UNSET:
                if not isinstance(_content, list):
                    raise TypeError()
                content = []
                for content_item_data in _content:
                    try:
                        content_item = _parse_content_item(content_item_data)

                    except LENIENT_ERRORS:
                        content_item = content_item_data
                    content.append(content_item)

        except LENIENT_ERRORS:
            content = _raw_content

        parsed_obj_ = cls(
            role=role,
            content=content,
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
