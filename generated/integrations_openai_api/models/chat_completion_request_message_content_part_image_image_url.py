from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..models.chat_completion_request_message_content_part_image_image_url_detail import (
    ChatCompletionRequestMessageContentPartImageImageUrlDetail,
    check_chat_completion_request_message_content_part_image_image_url_detail,
)
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartImageImageUrl(ApiModel):
    url: str
    """ Either a URL of the image or the base64 encoded image data. """

    detail: ChatCompletionRequestMessageContentPartImageImageUrlDetail | str | None = ABSENT
    """ Specifies the detail level of the image. Learn more in the [Vision
    guide](https://platform.openai.com/docs/guides/vision#low-or-high-fidelity-image-understanding).

    Server default: `"auto"`. """

    _sdk_name_: ClassVar[str] = "ImageURL"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("url", "url"),
        ("detail", "detail"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "url": "str",
        "detail": "ChatCompletionRequestMessageContentPartImageImageUrlDetail | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "detail": (
            "auto",
            "high",
            "low",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("url",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "url",
            "detail",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.url
        if value_1 is None:
            if "url" in present:
                out["url"] = None
        else:
            out["url"] = value_1
        value_2 = self.detail
        if value_2 is None:
            if "detail" in present:
                out["detail"] = None
        else:
            out["detail"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        url = d.pop("url", None)

        _raw_detail = d.pop("detail", UNSET)
        try:
            _detail = _raw_detail
            detail: ChatCompletionRequestMessageContentPartImageImageUrlDetail | Unset
            if isinstance(_detail, Unset):
                detail = UNSET
            else:
                detail = check_chat_completion_request_message_content_part_image_image_url_detail(
                    _detail
                )

        except LENIENT_ERRORS:
            detail = _raw_detail

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.url = url
        parsed_obj_.detail = None if isinstance(detail, Unset) else detail
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
