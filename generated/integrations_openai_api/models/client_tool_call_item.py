from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from ..models.client_tool_call_status import ClientToolCallStatus, check_client_tool_call_status


def _parse_output(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


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

    output: str | None

    object: Literal["chatkit.thread_item"] = "chatkit.thread_item"
    """ Type discriminator that is always `chatkit.thread_item`. """

    type: Literal["chatkit.client_tool_call"] = "chatkit.client_tool_call"
    """ Type discriminator that is always `chatkit.client_tool_call`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object", "object"),
        ("created_at", "created_at"),
        ("thread_id", "thread_id"),
        ("type", "type"),
        ("status", "status"),
        ("call_id", "call_id"),
        ("name", "name"),
        ("arguments", "arguments"),
        ("output", "output"),
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
            type_ = cast('Literal["chatkit.client_tool_call"]', _raw_type_)
            if type_ != "chatkit.client_tool_call":
                raise ValueError(f"type must match const 'chatkit.client_tool_call', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_status = d.pop("status", None)
        try:
            status = check_client_tool_call_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        call_id = d.pop("call_id", None)

        name = d.pop("name", None)

        arguments = d.pop("arguments", None)

        _raw_output = d.pop("output", None)
        try:
            output = _parse_output(_raw_output)

        except LENIENT_ERRORS:
            output = _raw_output

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.object = object_
        parsed_obj_.created_at = created_at
        parsed_obj_.thread_id = thread_id
        parsed_obj_.type = type_
        parsed_obj_.status = status
        parsed_obj_.call_id = call_id
        parsed_obj_.name = name
        parsed_obj_.arguments = arguments
        parsed_obj_.output = output
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
