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
class ContainerFileCitationBody(ApiModel):
    """A citation for a container file used to generate a model response."""

    container_id: str
    """ The ID of the container file. """

    file_id: str
    """ The ID of the file. """

    start_index: int
    """ The index of the first character of the container file citation in the message. """

    end_index: int
    """ The index of the last character of the container file citation in the message. """

    filename: str
    """ The filename of the container file cited. """

    type: Literal["container_file_citation"] = "container_file_citation"
    """ The type of the container file citation. Always `container_file_citation`. """

    _sdk_name_: ClassVar[str] = "AnnotationContainerFileCitation"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("container_id", "container_id"),
        ("end_index", "end_index"),
        ("file_id", "file_id"),
        ("filename", "filename"),
        ("start_index", "start_index"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['container_file_citation']",
        "container_id": "str",
        "file_id": "str",
        "start_index": "int",
        "end_index": "int",
        "filename": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("container_file_citation",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "container_id",
        "file_id",
        "start_index",
        "end_index",
        "filename",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "container_id",
            "file_id",
            "start_index",
            "end_index",
            "filename",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.container_id
        if value_1 is None:
            if "container_id" in present:
                out["container_id"] = None
        else:
            out["container_id"] = value_1
        value_2 = self.end_index
        if value_2 is None:
            if "end_index" in present:
                out["end_index"] = None
        else:
            out["end_index"] = value_2
        value_3 = self.file_id
        if value_3 is None:
            if "file_id" in present:
                out["file_id"] = None
        else:
            out["file_id"] = value_3
        value_4 = self.filename
        if value_4 is None:
            if "filename" in present:
                out["filename"] = None
        else:
            out["filename"] = value_4
        value_5 = self.start_index
        if value_5 is None:
            if "start_index" in present:
                out["start_index"] = None
        else:
            out["start_index"] = value_5
        value_6 = self.type
        if value_6 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_6
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
        parsed_obj_.container_id = get_("container_id")
        parsed_obj_.file_id = get_("file_id")
        parsed_obj_.start_index = get_("start_index")
        parsed_obj_.end_index = get_("end_index")
        parsed_obj_.filename = get_("filename")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
