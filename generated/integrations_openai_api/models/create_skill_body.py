from __future__ import annotations

from io import BytesIO
from typing import Any, ClassVar, Self, cast

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


def _parse_files(data: object) -> File | list[File]:
    try:
        if not isinstance(data, list):
            raise TypeError()
        files_type_0 = []
        _files_type_0 = data
        if not isinstance(_files_type_0, list):
            raise TypeError()
        for files_type_0_item_data in _files_type_0:
            try:
                files_type_0_item = File(payload=BytesIO(files_type_0_item_data))

            except LENIENT_ERRORS:
                files_type_0_item = files_type_0_item_data
            files_type_0.append(files_type_0_item)

        return files_type_0
    except LENIENT_ERRORS:
        pass
    try:
        if not isinstance(data, bytes):
            raise TypeError()
        files_type_1 = File(payload=BytesIO(data))

        return files_type_1
    except LENIENT_ERRORS:
        pass
    return cast("File | list[File]", data)


@_attrs_define(repr=False)
class CreateSkillBody(ApiModel):
    """Uploads a skill either as a directory (multipart `files[]`) or as a single zip file."""

    files: File | list[File]

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("files", "files"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "files": "File | list[File]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("files",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("files",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.files
        if value_1 is None:
            if "files" in present:
                out["files"] = None
        else:
            out["files"] = to_json(value_1)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("files", self.files),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_files = get_("files", None)
        try:
            files = _parse_files(_raw_files)

        except LENIENT_ERRORS:
            files = _raw_files
        parsed_obj_.files = files
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
