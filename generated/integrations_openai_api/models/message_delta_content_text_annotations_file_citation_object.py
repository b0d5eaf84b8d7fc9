from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_delta_content_text_annotations_file_citation_object_file_citation import (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation
    from ..models.message_delta_content_text_annotations_file_citation_object_file_citation import (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="MessageDeltaContentTextAnnotationsFileCitationObject")


@_attrs_define
class MessageDeltaContentTextAnnotationsFileCitationObject:
    """A citation within the message that points to a specific quote from a specific File associated with the assistant or
    the message. Generated when the assistant uses the "file_search" tool to search files.

    """

    index: int
    """ The index of the annotation in the text content part. """
    type_: Literal["file_citation"] = "file_citation"
    """ Always `file_citation`. """
    text: str | Unset = UNSET
    """ The text in the message content that needs to be replaced. """
    file_citation: MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file_citation",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "index",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "index",
            "type",
            "text",
            "file_citation",
            "start_index",
            "end_index",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.index, Unset):
            field_dict["index"] = self.index
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.file_citation is not UNSET:
            field_dict["file_citation"] = to_json(self.file_citation)
        if self.start_index is not UNSET:
            field_dict["start_index"] = self.start_index
        if self.end_index is not UNSET:
            field_dict["end_index"] = self.end_index
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"MessageDeltaContentTextAnnotationsFileCitationObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['file_citation']", _raw_type_)
            if type_ != "file_citation":
                raise ValueError(f"type must match const 'file_citation', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        text = d.pop("text", UNSET)

        _raw_file_citation = d.pop("file_citation", UNSET)
        try:
            _file_citation = _raw_file_citation
            file_citation: MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | Unset
            if isinstance(_file_citation, Unset):
                file_citation = UNSET
            else:
                file_citation = (
                    MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation.from_dict(
                        _file_citation
                    )
                )

        except LENIENT_ERRORS:
            file_citation = _raw_file_citation

        start_index = d.pop("start_index", UNSET)

        end_index = d.pop("end_index", UNSET)

        parsed_obj_ = cls(
            index=index,
            type_=type_,
            text=text,
            file_citation=file_citation,
            start_index=start_index,
            end_index=end_index,
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
