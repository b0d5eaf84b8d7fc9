from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseCodeInterpreterCallCodeDeltaEvent")


@_attrs_define
class ResponseCodeInterpreterCallCodeDeltaEvent:
    """Emitted when a partial code snippet is streamed by the code interpreter."""

    output_index: int
    """ The index of the output item in the response for which the code is being streamed. """
    item_id: str
    """ The unique identifier of the code interpreter tool call item. """
    delta: str
    """ The partial code snippet being streamed by the code interpreter. """
    sequence_number: int
    """ The sequence number of this event, used to order streaming events. """
    type_: Literal["response.code_interpreter_call_code.delta"] = (
        "response.code_interpreter_call_code.delta"
    )
    """ The type of the event. Always `response.code_interpreter_call_code.delta`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.code_interpreter_call_code.delta",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "output_index",
        "item_id",
        "delta",
        "sequence_number",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "output_index",
            "item_id",
            "delta",
            "sequence_number",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.output_index, Unset):
            field_dict["output_index"] = self.output_index
        if not isinstance(self.item_id, Unset):
            field_dict["item_id"] = self.item_id
        if not isinstance(self.delta, Unset):
            field_dict["delta"] = self.delta
        if not isinstance(self.sequence_number, Unset):
            field_dict["sequence_number"] = self.sequence_number
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ResponseCodeInterpreterCallCodeDeltaEvent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['response.code_interpreter_call_code.delta']", _raw_type_)
            if type_ != "response.code_interpreter_call_code.delta":
                raise ValueError(
                    f"type must match const 'response.code_interpreter_call_code.delta', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        output_index = d.pop("output_index", UNSET)

        item_id = d.pop("item_id", UNSET)

        delta = d.pop("delta", UNSET)

        sequence_number = d.pop("sequence_number", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            output_index=output_index,
            item_id=item_id,
            delta=delta,
            sequence_number=sequence_number,
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
