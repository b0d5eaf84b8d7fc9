from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_jsonl_file_content_source_content_item import (
        EvalJsonlFileContentSourceContentItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EvalJsonlFileContentSourceContentItem
    from ..models.eval_jsonl_file_content_source_content_item import (
        EvalJsonlFileContentSourceContentItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="EvalJsonlFileContentSource")


@_attrs_define
class EvalJsonlFileContentSource:
    content: list[EvalJsonlFileContentSourceContentItem]
    """ The content of the jsonl file. """
    type_: Literal["file_content"] = "file_content"
    """ The type of jsonl source. Always `file_content`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file_content",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "content",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "content",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalJsonlFileContentSource: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['file_content']", _raw_type_)
            if type_ != "file_content":
                raise ValueError(f"type must match const 'file_content', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_content = d.pop("content", UNSET)
        try:
            content = []
            _content = _raw_content
            if not isinstance(_content, list):
                raise TypeError()
            for content_item_data in _content:
                try:
                    content_item = EvalJsonlFileContentSourceContentItem.from_dict(
                        content_item_data
                    )

                except LENIENT_ERRORS:
                    content_item = content_item_data
                content.append(content_item)

        except LENIENT_ERRORS:
            content = _raw_content

        parsed_obj_ = cls(
            type_=type_,
            content=content,
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
