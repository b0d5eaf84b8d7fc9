from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_object import ResponseObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseObject
    from ..models.response_object import ResponseObject  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ResponseFailedEvent")


@_attrs_define
class ResponseFailedEvent:
    """An event that is emitted when a response fails."""

    sequence_number: int
    """ The sequence number of this event. """
    response: ResponseObject
    type_: Literal["response.failed"] = "response.failed"
    """ The type of the event. Always `response.failed`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.failed",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "sequence_number",
        "response",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "sequence_number",
            "response",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.sequence_number, Unset):
            field_dict["sequence_number"] = self.sequence_number
        if not isinstance(self.response, Unset):
            field_dict["response"] = to_json(self.response)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ResponseFailedEvent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['response.failed']", _raw_type_)
            if type_ != "response.failed":
                raise ValueError(f"type must match const 'response.failed', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        sequence_number = d.pop("sequence_number", UNSET)

        _raw_response = d.pop("response", UNSET)
        try:
            response = ResponseObject.from_dict(_raw_response)

        except LENIENT_ERRORS:
            response = _raw_response

        parsed_obj_ = cls(
            type_=type_,
            sequence_number=sequence_number,
            response=response,
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
