from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ResponseWebSearchCallSearchingEvent(ApiModel):
    """Emitted when a web search call is executing."""

    output_index: int
    """ The index of the output item that the web search call is associated with.
     """

    item_id: str
    """ Unique ID for the output item associated with the web search call.
     """

    sequence_number: int
    """ The sequence number of the web search call being processed. """

    type: Literal["response.web_search_call.searching"] = "response.web_search_call.searching"
    """ The type of the event. Always `response.web_search_call.searching`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['response.web_search_call.searching']",
        "output_index": "int",
        "item_id": "str",
        "sequence_number": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.web_search_call.searching",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "output_index",
        "item_id",
        "sequence_number",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "output_index",
            "item_id",
            "sequence_number",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.item_id
        if value_1 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_1
        value_2 = self.output_index
        if value_2 is None:
            if "output_index" in present:
                out["output_index"] = None
        else:
            out["output_index"] = value_2
        value_3 = self.sequence_number
        if value_3 is None:
            if "sequence_number" in present:
                out["sequence_number"] = None
        else:
            out["sequence_number"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
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
        parsed_obj_.output_index = get_("output_index")
        parsed_obj_.item_id = get_("item_id")
        parsed_obj_.sequence_number = get_("sequence_number")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
