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

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ResponseFunctionCallArgumentsDoneEvent(ApiModel):
    """Emitted when function-call arguments are finalized."""

    item_id: str
    """ The ID of the item. """

    output_index: int
    """ The index of the output item. """

    sequence_number: int
    """ The sequence number of this event. """

    arguments: str
    """ The function-call arguments. """

    type: Literal["response.function_call_arguments.done"] = "response.function_call_arguments.done"

    name: str | None = ABSENT
    """ The name of the function that was called. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("arguments", "arguments"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
        ("name", "name"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['response.function_call_arguments.done']",
        "item_id": "str",
        "name": "None | str",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.arguments
        if value_1 is None:
            if "arguments" in present:
                out["arguments"] = None
        else:
            out["arguments"] = value_1
        value_2 = self.item_id
        if value_2 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_2
        value_3 = self.output_index
        if value_3 is None:
            if "output_index" in present:
                out["output_index"] = None
        else:
            out["output_index"] = value_3
        value_4 = self.sequence_number
        if value_4 is None:
            if "sequence_number" in present:
                out["sequence_number"] = None
        else:
            out["sequence_number"] = value_4
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
        value_6 = self.name
        if value_6 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = to_json(value_6)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.item_id = get_("item_id")
        parsed_obj_.name = get_("name")
        parsed_obj_.output_index = get_("output_index")
        parsed_obj_.sequence_number = get_("sequence_number")
        parsed_obj_.arguments = get_("arguments")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
