from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class FileCitationBody(ApiModel):
    """A citation to a file."""

    file_id: str
    """ The ID of the file. """

    index: int
    """ The index of the file in the list of files. """

    filename: str
    """ The filename of the file cited. """

    type: Literal["file_citation"] = "file_citation"
    """ The type of the file citation. Always `file_citation`. """

    _sdk_name_: ClassVar[str] = "AnnotationFileCitation"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_id", "file_id"),
        ("filename", "filename"),
        ("index", "index"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['file_citation']",
        "file_id": "str",
        "index": "int",
        "filename": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file_citation",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "file_id",
        "index",
        "filename",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "file_id",
            "index",
            "filename",
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
        value_2 = self.filename
        if value_2 is None:
            if "filename" in present:
                out["filename"] = None
        else:
            out["filename"] = value_2
        value_3 = self.index
        if value_3 is None:
            if "index" in present:
                out["index"] = None
        else:
            out["index"] = value_3
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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.file_id = get_("file_id")
        parsed_obj_.index = get_("index")
        parsed_obj_.filename = get_("filename")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
