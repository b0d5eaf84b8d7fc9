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
class AddUploadPartRequest(ApiModel):
    data: File
    """ The chunk of bytes for this Part.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "data": "File",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("data",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("data",))

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("data", self.data),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_data = d.pop("data", None)
        try:
            data = File(payload=BytesIO(_raw_data))

        except LENIENT_ERRORS:
            data = _raw_data

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.data = data
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
