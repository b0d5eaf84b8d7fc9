from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MessageDeltaContentTextAnnotationsFilePathObjectFilePath
    from ..models.message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="MessageDeltaContentTextAnnotationsFilePathObject")


@_attrs_define
class MessageDeltaContentTextAnnotationsFilePathObject:
    """A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file."""

    index: int
    """ The index of the annotation in the text content part. """
    type_: Literal["file_path"] = "file_path"
    """ Always `file_path`. """
    text: str | Unset = UNSET
    """ The text in the message content that needs to be replaced. """
    file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file_path",),
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
            "file_path",
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
        if self.file_path is not UNSET:
            field_dict["file_path"] = to_json(self.file_path)
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
                f"MessageDeltaContentTextAnnotationsFilePathObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['file_path']", _raw_type_)
            if type_ != "file_path":
                raise ValueError(f"type must match const 'file_path', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        text = d.pop("text", UNSET)

        _raw_file_path = d.pop("file_path", UNSET)
        try:
            _file_path = _raw_file_path
            file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | Unset
            if isinstance(_file_path, Unset):
                file_path = UNSET
            else:
                file_path = MessageDeltaContentTextAnnotationsFilePathObjectFilePath.from_dict(
                    _file_path
                )

        except LENIENT_ERRORS:
            file_path = _raw_file_path

        start_index = d.pop("start_index", UNSET)

        end_index = d.pop("end_index", UNSET)

        parsed_obj_ = cls(
            index=index,
            type_=type_,
            text=text,
            file_path=file_path,
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
