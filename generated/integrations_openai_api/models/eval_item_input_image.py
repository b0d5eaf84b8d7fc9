from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalItemInputImage")


def _parse_detail(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class EvalItemInputImage:
    """An image input block used within EvalItem content arrays."""

    image_url: str
    """ The URL of the image input.
     """
    type_: Literal["input_image"] = "input_image"
    """ The type of the image input. Always `input_image`.
     """
    detail: None | str | Unset = UNSET
    """ The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("input_image",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "image_url",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "image_url",
            "detail",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.image_url, Unset):
            field_dict["image_url"] = self.image_url
        if self.detail is not UNSET:
            field_dict["detail"] = to_json(self.detail)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalItemInputImage: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['input_image']", _raw_type_)
            if type_ != "input_image":
                raise ValueError(f"type must match const 'input_image', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        image_url = d.pop("image_url", UNSET)

        _raw_detail = d.pop("detail", UNSET)
        try:
            detail = _parse_detail(_raw_detail)

        except LENIENT_ERRORS:
            detail = _raw_detail

        parsed_obj_ = cls(
            type_=type_,
            image_url=image_url,
            detail=detail,
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
