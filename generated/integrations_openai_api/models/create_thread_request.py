from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_message_request import CreateMessageRequest
    from ..models.create_thread_request_tool_resources import CreateThreadRequestToolResources
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateMessageRequest, CreateThreadRequestToolResources, Metadata2
    from ..models.create_message_request import CreateMessageRequest  # noqa: PLC0415
    from ..models.create_thread_request_tool_resources import CreateThreadRequestToolResources  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_tool_resources(data: object) -> CreateThreadRequestToolResources | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CreateThreadRequestToolResources._from_dict_(data)
    return cast("CreateThreadRequestToolResources | None | Unset", data)


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define(repr=False)
class CreateThreadRequest(ApiModel):
    """Options to create a new thread. If no thread is provided when running a
    request, an empty thread will be created.

    """

    messages: list[CreateMessageRequest] | None = ABSENT
    """ A list of [messages](https://platform.openai.com/docs/api-reference/messages) to start the thread with. """

    tool_resources: CreateThreadRequestToolResources | None = ABSENT

    metadata: Metadata2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("messages", "messages"),
        ("tool_resources", "tool_resources"),
        ("metadata", "metadata"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "messages": "list[CreateMessageRequest] | Unset",
        "tool_resources": "CreateThreadRequestToolResources | None | Unset",
        "metadata": "Metadata2 | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "messages",
            "tool_resources",
            "metadata",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.messages
        if value_1 is None:
            if "messages" in present:
                out["messages"] = None
        else:
            out["messages"] = to_json(value_1)
        value_2 = self.tool_resources
        if value_2 is None:
            if "tool_resources" in present:
                out["tool_resources"] = None
        else:
            out["tool_resources"] = to_json(value_2)
        value_3 = self.metadata
        if value_3 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_3)
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
        _raw_messages = get_("messages", UNSET)
        try:
            _messages = _raw_messages
            messages: list[CreateMessageRequest] | Unset = UNSET
            if _messages is not UNSET:
                if not isinstance(_messages, list):
                    raise TypeError()
                messages = []
                for messages_item_data in _messages:
                    try:
                        messages_item = (
                            CreateMessageRequest._from_dict_(messages_item_data)
                            if messages_item_data.__class__ is dict
                            else CreateMessageRequest.from_dict(messages_item_data)
                        )
                    except LENIENT_ERRORS:
                        messages_item = messages_item_data
                    messages.append(messages_item)

        except LENIENT_ERRORS:
            messages = _raw_messages
        parsed_obj_.messages = None if isinstance(messages, Unset) else messages
        _raw_tool_resources = get_("tool_resources", UNSET)
        if _raw_tool_resources is not None and _raw_tool_resources is not UNSET:
            try:
                tool_resources = _parse_tool_resources(_raw_tool_resources)

            except LENIENT_ERRORS:
                tool_resources = _raw_tool_resources
        else:
            tool_resources = _raw_tool_resources
        parsed_obj_.tool_resources = None if isinstance(tool_resources, Unset) else tool_resources
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
