from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, OutputTextContent, ReasoningTextContent, RefusalContent
    from ..models.output_text_content import OutputTextContent  # noqa: PLC0415
    from ..models.reasoning_text_content import ReasoningTextContent  # noqa: PLC0415
    from ..models.refusal_content import RefusalContent  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ResponseContentPartDoneEvent")


def _parse_part(data: object) -> OutputTextContent | ReasoningTextContent | RefusalContent:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                OutputTextContent,
                RefusalContent,
                ReasoningTextContent,
            ),
        )
        if variant is None:
            return cast(
                "OutputTextContent | ReasoningTextContent | RefusalContent", UnknownVariant(data)
            )
        return cast(
            "OutputTextContent | ReasoningTextContent | RefusalContent", variant.from_dict(data)
        )
    return cast("OutputTextContent | ReasoningTextContent | RefusalContent", data)


@_attrs_define
class ResponseContentPartDoneEvent:
    """Emitted when a content part is done."""

    item_id: str
    """ The ID of the output item that the content part was added to.
     """
    output_index: int
    """ The index of the output item that the content part was added to.
     """
    content_index: int
    """ The index of the content part that is done.
     """
    sequence_number: int
    """ The sequence number of this event. """
    part: OutputTextContent | ReasoningTextContent | RefusalContent
    type_: Literal["response.content_part.done"] = "response.content_part.done"
    """ The type of the event. Always `response.content_part.done`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.content_part.done",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "item_id",
        "output_index",
        "content_index",
        "sequence_number",
        "part",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "item_id",
            "output_index",
            "content_index",
            "sequence_number",
            "part",
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
        if not isinstance(self.sequence_number, Unset):
            field_dict["sequence_number"] = self.sequence_number
        if not isinstance(self.part, Unset):
            field_dict["part"] = to_json(self.part)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ResponseContentPartDoneEvent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['response.content_part.done']", _raw_type_)
            if type_ != "response.content_part.done":
                raise ValueError(
                    f"type must match const 'response.content_part.done', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        item_id = d.pop("item_id", UNSET)

        output_index = d.pop("output_index", UNSET)

        content_index = d.pop("content_index", UNSET)

        sequence_number = d.pop("sequence_number", UNSET)

        _raw_part = d.pop("part", UNSET)
        try:
            part = _parse_part(_raw_part)

        except LENIENT_ERRORS:
            part = _raw_part

        parsed_obj_ = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            sequence_number=sequence_number,
            part=part,
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
