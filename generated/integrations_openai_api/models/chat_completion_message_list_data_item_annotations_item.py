from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_message_list_data_item_annotations_item_url_citation import (
        ChatCompletionMessageListDataItemAnnotationsItemUrlCitation,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionMessageListDataItemAnnotationsItemUrlCitation
    from ..models.chat_completion_message_list_data_item_annotations_item_url_citation import (
        ChatCompletionMessageListDataItemAnnotationsItemUrlCitation,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="ChatCompletionMessageListDataItemAnnotationsItem")


@_attrs_define
class ChatCompletionMessageListDataItemAnnotationsItem:
    """A URL citation when using web search."""

    url_citation: ChatCompletionMessageListDataItemAnnotationsItemUrlCitation
    """ A URL citation when using web search. """
    type_: Literal["url_citation"] = "url_citation"
    """ The type of the URL citation. Always `url_citation`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("url_citation",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "url_citation",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "url_citation",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.url_citation, Unset):
            field_dict["url_citation"] = to_json(self.url_citation)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatCompletionMessageListDataItemAnnotationsItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['url_citation']", _raw_type_)
            if type_ != "url_citation":
                raise ValueError(f"type must match const 'url_citation', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_url_citation = d.pop("url_citation", UNSET)
        try:
            url_citation = ChatCompletionMessageListDataItemAnnotationsItemUrlCitation.from_dict(
                _raw_url_citation
            )

        except LENIENT_ERRORS:
            url_citation = _raw_url_citation

        parsed_obj_ = cls(
            type_=type_,
            url_citation=url_citation,
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
