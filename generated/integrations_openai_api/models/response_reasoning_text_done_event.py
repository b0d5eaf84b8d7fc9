from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class ResponseReasoningTextDoneEvent(ApiModel):
    """Emitted when a reasoning text is completed."""

    item_id: str
    """ The ID of the item this reasoning text is associated with.
     """

    output_index: int
    """ The index of the output item this reasoning text is associated with.
     """

    content_index: int
    """ The index of the reasoning content part.
     """

    text: str
    """ The full text of the completed reasoning content.
     """

    sequence_number: int
    """ The sequence number of this event.
     """

    type: Literal["response.reasoning_text.done"] = "response.reasoning_text.done"
    """ The type of the event. Always `response.reasoning_text.done`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("content_index", "content_index"),
        ("text", "text"),
        ("sequence_number", "sequence_number"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['response.reasoning_text.done']",
        "item_id": "str",
        "output_index": "int",
        "content_index": "int",
        "text": "str",
        "sequence_number": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.reasoning_text.done",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "item_id",
        "output_index",
        "content_index",
        "text",
        "sequence_number",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "item_id",
            "output_index",
            "content_index",
            "text",
            "sequence_number",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["response.reasoning_text.done"]', _raw_type_)
            if type_ != "response.reasoning_text.done":
                raise ValueError(
                    f"type must match const 'response.reasoning_text.done', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        item_id = d.pop("item_id", None)

        output_index = d.pop("output_index", None)

        content_index = d.pop("content_index", None)

        text = d.pop("text", None)

        sequence_number = d.pop("sequence_number", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.item_id = item_id
        parsed_obj_.output_index = output_index
        parsed_obj_.content_index = content_index
        parsed_obj_.text = text
        parsed_obj_.sequence_number = sequence_number
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
