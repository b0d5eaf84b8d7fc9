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
from ..models.message_delta_object_delta_role import (
    MessageDeltaObjectDeltaRole,
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class MessageDeltaObjectDelta(ApiModel):
    """The delta containing the fields that have changed on the Message."""

    role: MessageDeltaObjectDeltaRole | str | None = ABSENT
    """ The entity that produced the message. One of `user` or `assistant`. """

    content: (
        list[
            MessageDeltaContentImageFileObject
            | MessageDeltaContentImageUrlObject
            | MessageDeltaContentRefusalObject
            | MessageDeltaContentTextObject
            | UnknownVariant
        ]
        | None
    ) = ABSENT
    """ The content of the message in array of text and/or images. """

    _sdk_name_: ClassVar[str] = "MessageDelta"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role": "MessageDeltaObjectDeltaRole | Unset",
        "content": "list[MessageDeltaContentImageFileObject | MessageDeltaContentImageUrlObject | MessageDeltaContentRefusalObject | MessageDeltaContentTextObject] | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.content
        if value_1 is None:
            if "content" in present:
                out["content"] = None
        else:
            out["content"] = to_json(value_1)
        value_2 = self.role
        if value_2 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_2
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
        _raw_content = get_("content", UNSET)
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
        parsed_obj_.content = None if isinstance(content, Unset) else content
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
