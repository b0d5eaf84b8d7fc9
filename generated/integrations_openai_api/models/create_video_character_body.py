from __future__ import annotations

from io import BytesIO
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import types
from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from .._runtime.wire import multipart_files
from ..types import File


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
        _raw_video = d.pop("video", None)
        try:
            video = File(payload=BytesIO(_raw_video))

        except LENIENT_ERRORS:
            video = _raw_video

        name = d.pop("name", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.video = video
        parsed_obj_.name = name
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
