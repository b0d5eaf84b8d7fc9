from __future__ import annotations

from io import BytesIO
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import types
from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from .._runtime.wire import multipart_files
from ..types import UNSET, File, Unset


@_attrs_define(repr=False)
class CreateContainerFileBody(ApiModel):
    file_id: str | None = ABSENT
    """ Name of the file to create. """

    file: File | None = ABSENT
    """ The File object (not file name) to be uploaded.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_id", "file_id"),
        ("file", "file"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file_id": "str | Unset",
        "file": "File | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "file",
        )
    )

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("file_id", self.file_id),
                ("file", self.file),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        file_id = d.pop("file_id", None)

        _raw_file = d.pop("file", UNSET)
        try:
            _file = _raw_file
            file: File | Unset
            if isinstance(_file, Unset):
                file = UNSET
            else:
                file = File(payload=BytesIO(_file))

        except LENIENT_ERRORS:
            file = _raw_file

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.file_id = file_id
        parsed_obj_.file = None if isinstance(file, Unset) else file
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
