from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_output_text_annotation_added_event_annotation import (
        ResponseOutputTextAnnotationAddedEventAnnotation,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseOutputTextAnnotationAddedEventAnnotation
    from ..models.response_output_text_annotation_added_event_annotation import (
        ResponseOutputTextAnnotationAddedEventAnnotation,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="ResponseOutputTextAnnotationAddedEvent")


def _parse_annotation(data: object) -> None | ResponseOutputTextAnnotationAddedEventAnnotation:
    if data is None:
        return data
    if isinstance(data, dict):
        return ResponseOutputTextAnnotationAddedEventAnnotation.from_dict(data)
    return cast("None | ResponseOutputTextAnnotationAddedEventAnnotation", data)


@_attrs_define
class ResponseOutputTextAnnotationAddedEvent:
    """Emitted when an annotation is added to output text content."""

    item_id: str
    """ The unique identifier of the item to which the annotation is being added. """
    output_index: int
    """ The index of the output item in the response's output array. """
    content_index: int
    """ The index of the content part within the output item. """
    annotation_index: int
    """ The index of the annotation within the content part. """
    sequence_number: int
    """ The sequence number of this event. """
    annotation: None | ResponseOutputTextAnnotationAddedEventAnnotation
    type_: Literal["response.output_text.annotation.added"] = (
        "response.output_text.annotation.added"
    )
    """ The type of the event. Always 'response.output_text.annotation.added'. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.output_text.annotation.added",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "item_id",
        "output_index",
        "content_index",
        "annotation_index",
        "sequence_number",
        "annotation",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "item_id",
            "output_index",
            "content_index",
            "annotation_index",
            "sequence_number",
            "annotation",
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
        if not isinstance(self.annotation_index, Unset):
            field_dict["annotation_index"] = self.annotation_index
        if not isinstance(self.sequence_number, Unset):
            field_dict["sequence_number"] = self.sequence_number
        if not isinstance(self.annotation, Unset):
            field_dict["annotation"] = to_json(self.annotation)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ResponseOutputTextAnnotationAddedEvent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['response.output_text.annotation.added']", _raw_type_)
            if type_ != "response.output_text.annotation.added":
                raise ValueError(
                    f"type must match const 'response.output_text.annotation.added', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        item_id = d.pop("item_id", UNSET)

        output_index = d.pop("output_index", UNSET)

        content_index = d.pop("content_index", UNSET)

        annotation_index = d.pop("annotation_index", UNSET)

        sequence_number = d.pop("sequence_number", UNSET)

        _raw_annotation = d.pop("annotation", UNSET)
        try:
            annotation = _parse_annotation(_raw_annotation)

        except LENIENT_ERRORS:
            annotation = _raw_annotation

        parsed_obj_ = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            annotation_index=annotation_index,
            sequence_number=sequence_number,
            annotation=annotation,
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
