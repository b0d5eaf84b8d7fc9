from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_log_prob import ResponseLogProb

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseLogProb
    from ..models.response_log_prob import ResponseLogProb  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ResponseTextDeltaEvent")


@_attrs_define
class ResponseTextDeltaEvent:
    """Emitted when there is an additional text delta."""

    item_id: str
    """ The ID of the output item that the text delta was added to.
     """
    output_index: int
    """ The index of the output item that the text delta was added to.
     """
    content_index: int
    """ The index of the content part that the text delta was added to.
     """
    delta: str
    """ The text delta that was added.
     """
    sequence_number: int
    """ The sequence number for this event. """
    logprobs: list[ResponseLogProb]
    """ The log probabilities of the tokens in the delta.
     """
    type_: Literal["response.output_text.delta"] = "response.output_text.delta"
    """ The type of the event. Always `response.output_text.delta`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.output_text.delta",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "item_id",
        "output_index",
        "content_index",
        "delta",
        "sequence_number",
        "logprobs",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "item_id",
            "output_index",
            "content_index",
            "delta",
            "sequence_number",
            "logprobs",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.item_id, Unset):
            field_dict["item_id"] = self.item_id
        if not isinstance(self.output_index, Unset):
            field_dict["output_index"] = self.output_index
        if not isinstance(self.content_index, Unset):
            field_dict["content_index"] = self.content_index
        if not isinstance(self.delta, Unset):
            field_dict["delta"] = self.delta
        if not isinstance(self.sequence_number, Unset):
            field_dict["sequence_number"] = self.sequence_number
        if not isinstance(self.logprobs, Unset):
            field_dict["logprobs"] = to_json(self.logprobs)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ResponseTextDeltaEvent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['response.output_text.delta']", _raw_type_)
            if type_ != "response.output_text.delta":
                raise ValueError(
                    f"type must match const 'response.output_text.delta', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        item_id = d.pop("item_id", UNSET)

        output_index = d.pop("output_index", UNSET)

        content_index = d.pop("content_index", UNSET)

        delta = d.pop("delta", UNSET)

        sequence_number = d.pop("sequence_number", UNSET)

        _raw_logprobs = d.pop("logprobs", UNSET)
        try:
            logprobs = []
            _logprobs = _raw_logprobs
            if not isinstance(_logprobs, list):
                raise TypeError()
            for logprobs_item_data in _logprobs:
                try:
                    logprobs_item = ResponseLogProb.from_dict(logprobs_item_data)

                except LENIENT_ERRORS:
                    logprobs_item = logprobs_item_data
                logprobs.append(logprobs_item)

        except LENIENT_ERRORS:
            logprobs = _raw_logprobs

        parsed_obj_ = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            delta=delta,
            sequence_number=sequence_number,
            logprobs=logprobs,
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
