from __future__ import annotations

from io import BytesIO
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from .._runtime.wire import multipart_files
from ..types import File

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateVideoCharacterBody(ApiModel):
    """Parameters for creating a character from an uploaded video."""

    video: File
    """ Video file used to create a character. """

    name: str
    """ Display name for this API character. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("video", "video"),
        ("name", "name"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "video": "File",
        "name": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "video",
        "name",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "video",
            "name",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.video
        if value_1 is None:
            if "video" in present:
                out["video"] = None
        else:
            out["video"] = to_json(value_1)
        value_2 = self.name
        if value_2 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("video", self.video),
                ("name", self.name),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_video = get_("video", None)
        try:
            video = File(payload=BytesIO(_raw_video))

        except LENIENT_ERRORS:
            video = _raw_video
        parsed_obj_.video = video
        parsed_obj_.name = get_("name")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
