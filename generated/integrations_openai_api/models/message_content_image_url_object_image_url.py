from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.message_content_image_url_object_image_url_detail import (
    MessageContentImageUrlObjectImageUrlDetail,
    check_message_content_image_url_object_image_url_detail,
)
from ..types import UNSET, Unset


def _parse_detail(data: object) -> MessageContentImageUrlObjectImageUrlDetail | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        detail_type_0 = check_message_content_image_url_object_image_url_detail(data)

        return detail_type_0
    except LENIENT_ERRORS:
        pass
    return cast("MessageContentImageUrlObjectImageUrlDetail | None | Unset", data)


@_attrs_define(repr=False)
class MessageContentImageUrlObjectImageUrl(ApiModel):
    url: str
    """ The external URL of the image, must be a supported image types: jpeg, jpg, png, gif, webp. """

    detail: MessageContentImageUrlObjectImageUrlDetail | str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("url", "url"),
        ("detail", "detail"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "url": "str",
        "detail": "MessageContentImageUrlObjectImageUrlDetail | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("url",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "url",
            "detail",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        url = d.pop("url", None)

        _raw_detail = d.pop("detail", UNSET)
        try:
            detail = _parse_detail(_raw_detail)

        except LENIENT_ERRORS:
            detail = _raw_detail

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.url = url
        parsed_obj_.detail = None if isinstance(detail, Unset) else detail
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
