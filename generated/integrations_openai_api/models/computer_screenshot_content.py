from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel
from ..models.image_detail import ImageDetail, check_image_detail


@_attrs_define(repr=False)
class ComputerScreenshotContent(ApiModel):
    """A screenshot of a computer."""

    image_url: str | None

    file_id: str | None

    detail: ImageDetail | str

    type: Literal["computer_screenshot"] = "computer_screenshot"
    """ Specifies the event type. For a computer screenshot, this property is always set to `computer_screenshot`.
    """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("detail", "detail"),
        ("file_id", "file_id"),
        ("image_url", "image_url"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['computer_screenshot']",
        "image_url": "None | str",
        "file_id": "None | str",
        "detail": "ImageDetail",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("computer_screenshot",),
        "detail": (
            "auto",
            "high",
            "low",
            "original",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "image_url",
        "file_id",
        "detail",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "image_url",
            "file_id",
            "detail",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.detail
        if value_1 is None:
            if "detail" in present:
                out["detail"] = None
        else:
            out["detail"] = value_1
        value_2 = self.file_id
        if value_2 is None:
            if "file_id" in present:
                out["file_id"] = None
        else:
            out["file_id"] = to_json(value_2)
        value_3 = self.image_url
        if value_3 is None:
            if "image_url" in present:
                out["image_url"] = None
        else:
            out["image_url"] = to_json(value_3)
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        type_ = d.pop("type", None)

        image_url = d.pop("image_url", None)

        file_id = d.pop("file_id", None)

        _raw_detail = d.pop("detail", None)
        try:
            detail = check_image_detail(_raw_detail)

        except LENIENT_ERRORS:
            detail = _raw_detail

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.image_url = image_url
        parsed_obj_.file_id = file_id
        parsed_obj_.detail = detail
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
