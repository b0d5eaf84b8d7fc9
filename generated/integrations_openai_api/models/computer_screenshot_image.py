from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


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


@_attrs_define(repr=False)
class ComputerScreenshotImage(ApiModel):
    """A computer screenshot image used with the computer use tool."""

    type: Literal["computer_screenshot"] = "computer_screenshot"
    """ Specifies the event type. For a computer screenshot, this property is
    always set to `computer_screenshot`.
     """

    image_url: str | None = ABSENT
    """ The URL of the screenshot image. """

    file_id: str | None = ABSENT
    """ The identifier of an uploaded file that contains the screenshot. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("image_url", "image_url"),
        ("file_id", "file_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['computer_screenshot']",
        "image_url": "None | str | Unset",
        "file_id": "None | str | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["computer_screenshot"]', _raw_type_)
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.image_url = None if isinstance(image_url, Unset) else image_url
        parsed_obj_.file_id = None if isinstance(file_id, Unset) else file_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
