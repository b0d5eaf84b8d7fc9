from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class WidgetMessageItem(ApiModel):
    """Thread item that renders a widget payload."""

    id: str
    """ Identifier of the thread item. """

    created_at: int
    """ Unix timestamp (in seconds) for when the item was created. """

    thread_id: str
    """ Identifier of the parent thread. """

    widget: str
    """ Serialized widget payload rendered in the UI. """

    object: Literal["chatkit.thread_item"] = "chatkit.thread_item"
    """ Type discriminator that is always `chatkit.thread_item`. """

    type: Literal["chatkit.widget"] = "chatkit.widget"
    """ Type discriminator that is always `chatkit.widget`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object", "object"),
        ("created_at", "created_at"),
        ("thread_id", "thread_id"),
        ("type", "type"),
        ("widget", "widget"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['chatkit.thread_item']",
        "created_at": "int",
        "thread_id": "str",
        "type": "Literal['chatkit.widget']",
        "widget": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("chatkit.thread_item",),
        "type": ("chatkit.widget",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "thread_id",
        "type",
        "widget",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "thread_id",
            "type",
            "widget",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["chatkit.thread_item"]', _raw_object_)
            if object_ != "chatkit.thread_item":
                raise ValueError(f"object must match const 'chatkit.thread_item', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        created_at = d.pop("created_at", None)

        thread_id = d.pop("thread_id", None)

        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["chatkit.widget"]', _raw_type_)
            if type_ != "chatkit.widget":
                raise ValueError(f"type must match const 'chatkit.widget', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        widget = d.pop("widget", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.object = object_
        parsed_obj_.created_at = created_at
        parsed_obj_.thread_id = thread_id
        parsed_obj_.type = type_
        parsed_obj_.widget = widget
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
