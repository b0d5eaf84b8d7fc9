from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class ResponseFunctionCallArgumentsDoneEvent(ApiModel):
    """Emitted when function-call arguments are finalized."""

    item_id: str
    """ The ID of the item. """

    name: str
    """ The name of the function that was called. """

    output_index: int
    """ The index of the output item. """

    sequence_number: int
    """ The sequence number of this event. """

    arguments: str
    """ The function-call arguments. """

    type: Literal["response.function_call_arguments.done"] = "response.function_call_arguments.done"

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("item_id", "item_id"),
        ("name", "name"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("arguments", "arguments"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['response.function_call_arguments.done']",
        "item_id": "str",
        "name": "str",
        "output_index": "int",
        "sequence_number": "int",
        "arguments": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.function_call_arguments.done",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "item_id",
        "name",
        "output_index",
        "sequence_number",
        "arguments",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "item_id",
            "name",
            "output_index",
            "sequence_number",
            "arguments",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["response.function_call_arguments.done"]', _raw_type_)
            if type_ != "response.function_call_arguments.done":
                raise ValueError(
                    f"type must match const 'response.function_call_arguments.done', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        item_id = d.pop("item_id", None)

        name = d.pop("name", None)

        output_index = d.pop("output_index", None)

        sequence_number = d.pop("sequence_number", None)

        arguments = d.pop("arguments", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.item_id = item_id
        parsed_obj_.name = name
        parsed_obj_.output_index = output_index
        parsed_obj_.sequence_number = sequence_number
        parsed_obj_.arguments = arguments
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
