from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class CreateModerationRequestInputVariant3ItemImageUrlImageUrl(ApiModel):
    """Contains either an image URL or a data URL for a base64 encoded image."""

    url: str
    """ Either a URL of the image or the base64 encoded image data. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("url", "url"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "url": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("url",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("url",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        url = d.pop("url", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.url = url
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
