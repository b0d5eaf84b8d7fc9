from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.client_tool_call_status import ClientToolCallStatus

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ClientToolCallItem(ApiModel):
    """Record of a client side tool invocation initiated by the assistant."""

    id: str
    """ Identifier of the thread item. """

    created_at: int
    """ Unix timestamp (in seconds) for when the item was created. """

    thread_id: str
    """ Identifier of the parent thread. """

    status: ClientToolCallStatus | str

    call_id: str
    """ Identifier for the client tool call. """

    name: str
    """ Tool name that was invoked. """

    arguments: str
    """ JSON-encoded arguments that were sent to the tool. """

    object: Literal["chatkit.thread_item"] = "chatkit.thread_item"
    """ Type discriminator that is always `chatkit.thread_item`. """

    type: Literal["chatkit.client_tool_call"] = "chatkit.client_tool_call"
    """ Type discriminator that is always `chatkit.client_tool_call`. """

    output: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "DataChatKitClientToolCall"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("arguments", "arguments"),
        ("call_id", "call_id"),
        ("created_at", "created_at"),
        ("name", "name"),
        ("object", "object"),
        ("output", "output"),
        ("status", "status"),
        ("thread_id", "thread_id"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['chatkit.thread_item']",
        "created_at": "int",
        "thread_id": "str",
        "type": "Literal['chatkit.client_tool_call']",
        "status": "ClientToolCallStatus",
        "call_id": "str",
        "name": "str",
        "arguments": "str",
        "output": "None | str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("chatkit.thread_item",),
        "type": ("chatkit.client_tool_call",),
        "status": (
            "completed",
            "in_progress",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "thread_id",
        "type",
        "status",
        "call_id",
        "name",
        "arguments",
        "output",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "thread_id",
            "type",
            "status",
            "call_id",
            "name",
            "arguments",
            "output",
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
        value_2 = self.arguments
        if value_2 is None:
            if "arguments" in present:
                out["arguments"] = None
        else:
            out["arguments"] = value_2
        value_3 = self.call_id
        if value_3 is None:
            if "call_id" in present:
                out["call_id"] = None
        else:
            out["call_id"] = value_3
        value_4 = self.created_at
        if value_4 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_4
        value_5 = self.name
        if value_5 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_5
        value_6 = self.object
        if value_6 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_6
        value_7 = self.output
        if value_7 is None:
            if "output" in present:
                out["output"] = None
        else:
            out["output"] = to_json(value_7)
        value_8 = self.status
        if value_8 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_8
        value_9 = self.thread_id
        if value_9 is None:
            if "thread_id" in present:
                out["thread_id"] = None
        else:
            out["thread_id"] = value_9
        value_10 = self.type
        if value_10 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_10
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.thread_id = get_("thread_id")
        parsed_obj_.type = get_("type")
        parsed_obj_.status = get_("status")
        parsed_obj_.call_id = get_("call_id")
        parsed_obj_.name = get_("name")
        parsed_obj_.arguments = get_("arguments")
        parsed_obj_.output = get_("output")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
