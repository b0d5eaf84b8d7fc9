from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from ..models.image_gen_tool_call_status import (
    ImageGenToolCallStatus,
    check_image_gen_tool_call_status,
)


def _parse_result(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define(repr=False)
class ImageGenToolCall(ApiModel):
    """An image generation request made by the model."""

    id: str
    """ The unique ID of the image generation call.
     """

    status: ImageGenToolCallStatus | str
    """ The status of the image generation call.
     """

    result: str | None

    type: Literal["image_generation_call"] = "image_generation_call"
    """ The type of the image generation call. Always `image_generation_call`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("id", "id"),
        ("status", "status"),
        ("result", "result"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['image_generation_call']",
        "id": "str",
        "status": "ImageGenToolCallStatus",
        "result": "None | str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image_generation_call",),
        "status": (
            "completed",
            "failed",
            "generating",
            "in_progress",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "status",
        "result",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "status",
            "result",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["image_generation_call"]', _raw_type_)
            if type_ != "image_generation_call":
                raise ValueError(f"type must match const 'image_generation_call', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", None)

        _raw_status = d.pop("status", None)
        try:
            status = check_image_gen_tool_call_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_result = d.pop("result", None)
        try:
            result = _parse_result(_raw_result)

        except LENIENT_ERRORS:
            result = _raw_result

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.id = id
        parsed_obj_.status = status
        parsed_obj_.result = result
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
