from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionMessageListDataItemAnnotationsItemUrlCitation")


@_attrs_define
class ChatCompletionMessageListDataItemAnnotationsItemUrlCitation:
    """A URL citation when using web search."""

    end_index: int
    """ The index of the last character of the URL citation in the message. """
    start_index: int
    """ The index of the first character of the URL citation in the message. """
    url: str
    """ The URL of the web resource. """
    title: str
    """ The title of the web resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "end_index",
        "start_index",
        "url",
        "title",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "end_index",
            "start_index",
            "url",
            "title",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.end_index, Unset):
            field_dict["end_index"] = self.end_index
        if not isinstance(self.start_index, Unset):
            field_dict["start_index"] = self.start_index
        if not isinstance(self.url, Unset):
            field_dict["url"] = self.url
        if not isinstance(self.title, Unset):
            field_dict["title"] = self.title
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatCompletionMessageListDataItemAnnotationsItemUrlCitation: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        end_index = d.pop("end_index", UNSET)

        start_index = d.pop("start_index", UNSET)

        url = d.pop("url", UNSET)

        title = d.pop("title", UNSET)

        parsed_obj_ = cls(
            end_index=end_index,
            start_index=start_index,
            url=url,
            title=title,
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
