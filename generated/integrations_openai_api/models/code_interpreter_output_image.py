from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class CodeInterpreterOutputImage(ApiModel):
    """The image output from the code interpreter."""

    url: str
    """ The URL of the image output from the code interpreter. """

    type: Literal["image"] = "image"
    """ The type of the output. Always `image`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("url", "url"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['image']",
        "url": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "url",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "url",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["image"]', _raw_type_)
            if type_ != "image":
                raise ValueError(f"type must match const 'image', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        url = d.pop("url", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.url = url
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
