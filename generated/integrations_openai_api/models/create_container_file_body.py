from __future__ import annotations

from io import BytesIO
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from .._runtime.wire import multipart_files
from ..types import UNSET, File, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.file_id
        if value_1 is None:
            if "file_id" in present:
                out["file_id"] = None
        else:
            out["file_id"] = value_1
        value_2 = self.file
        if value_2 is None:
            if "file" in present:
                out["file"] = None
        else:
            out["file"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.file_id = get_("file_id")
        _raw_file = get_("file", UNSET)
        try:
            _file = _raw_file
            file: File | Unset
            if isinstance(_file, Unset):
                file = UNSET
            else:
                file = File(payload=BytesIO(_file))

        except LENIENT_ERRORS:
            file = _raw_file
        parsed_obj_.file = None if isinstance(file, Unset) else file
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
