from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenInputUsageDetails")


@_attrs_define
class ImageGenInputUsageDetails:
    """The input tokens detailed information for the image generation."""

    text_tokens: int
    """ The number of text tokens in the input prompt. """
    image_tokens: int
    """ The number of image tokens in the input prompt. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "text_tokens",
        "image_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "text_tokens",
            "image_tokens",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.text_tokens, Unset):
            field_dict["text_tokens"] = self.text_tokens
        if not isinstance(self.image_tokens, Unset):
            field_dict["image_tokens"] = self.image_tokens
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ImageGenInputUsageDetails: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        text_tokens = d.pop("text_tokens", UNSET)

        image_tokens = d.pop("image_tokens", UNSET)

        parsed_obj_ = cls(
            text_tokens=text_tokens,
            image_tokens=image_tokens,
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
