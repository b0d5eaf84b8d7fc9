from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_detail(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class EvalItemInputImage(ApiModel):
    """An image input block used within EvalItem content arrays."""

    image_url: str
    """ The URL of the image input.
     """

    type: Literal["input_image"] = "input_image"
    """ The type of the image input. Always `input_image`.
     """

    detail: str | None = ABSENT
    """ The detail level of the image to be sent to the model. One of `high`, `low`, or `auto`. Defaults to `auto`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("image_url", "image_url"),
        ("detail", "detail"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['input_image']",
        "image_url": "str",
        "detail": "None | str | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["input_image"]', _raw_type_)
            if type_ != "input_image":
                raise ValueError(f"type must match const 'input_image', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        image_url = d.pop("image_url", None)

        _raw_detail = d.pop("detail", UNSET)
        try:
            detail = _parse_detail(_raw_detail)

        except LENIENT_ERRORS:
            detail = _raw_detail

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.image_url = image_url
        parsed_obj_.detail = None if isinstance(detail, Unset) else detail
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
