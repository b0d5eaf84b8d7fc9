from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerScreenshotImage")


def _parse_image_url(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_file_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class ComputerScreenshotImage:
    """A computer screenshot image used with the computer use tool."""

    type_: Literal["computer_screenshot"] = "computer_screenshot"
    """ Specifies the event type. For a computer screenshot, this property is
    always set to `computer_screenshot`.
     """
    image_url: None | str | Unset = UNSET
    """ The URL of the screenshot image. """
    file_id: None | str | Unset = UNSET
    """ The identifier of an uploaded file that contains the screenshot. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("computer_screenshot",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "image_url",
            "file_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.image_url is not UNSET:
            field_dict["image_url"] = to_json(self.image_url)
        if self.file_id is not UNSET:
            field_dict["file_id"] = to_json(self.file_id)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ComputerScreenshotImage: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['computer_screenshot']", _raw_type_)
            if type_ != "computer_screenshot":
                raise ValueError(f"type must match const 'computer_screenshot', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_image_url = d.pop("image_url", UNSET)
        try:
            image_url = _parse_image_url(_raw_image_url)

        except LENIENT_ERRORS:
            image_url = _raw_image_url

        _raw_file_id = d.pop("file_id", UNSET)
        try:
            file_id = _parse_file_id(_raw_file_id)

        except LENIENT_ERRORS:
            file_id = _raw_file_id

        parsed_obj_ = cls(
            type_=type_,
            image_url=image_url,
            file_id=file_id,
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
