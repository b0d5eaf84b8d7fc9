from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VectorStoreFileAttributes2
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_attributes(data: object) -> None | Unset | VectorStoreFileAttributes2:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return VectorStoreFileAttributes2._from_dict_(data)
    return cast("None | Unset | VectorStoreFileAttributes2", data)


@_attrs_define(repr=False)
class FileSearchToolCallResultsItem(ApiModel):
    file_id: str | None = ABSENT
    """ The unique ID of the file.
     """

    text: str | None = ABSENT
    """ The text that was retrieved from the file.
     """

    filename: str | None = ABSENT
    """ The name of the file.
     """

    attributes: VectorStoreFileAttributes2 | None = ABSENT

    score: float | None = ABSENT
    """ The relevance score of the file - a value between 0 and 1.
     """

    _sdk_name_: ClassVar[str] = "Result"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("attributes", "attributes"),
        ("file_id", "file_id"),
        ("filename", "filename"),
        ("score", "score"),
        ("text", "text"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file_id": "str | Unset",
        "text": "str | Unset",
        "filename": "str | Unset",
        "attributes": "None | Unset | VectorStoreFileAttributes2",
        "score": "float | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "text",
            "filename",
            "attributes",
            "score",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.attributes
        if value_1 is None:
            if "attributes" in present:
                out["attributes"] = None
        else:
            out["attributes"] = to_json(value_1)
        value_2 = self.file_id
        if value_2 is None:
            if "file_id" in present:
                out["file_id"] = None
        else:
            out["file_id"] = value_2
        value_3 = self.filename
        if value_3 is None:
            if "filename" in present:
                out["filename"] = None
        else:
            out["filename"] = value_3
        value_4 = self.score
        if value_4 is None:
            if "score" in present:
                out["score"] = None
        else:
            out["score"] = value_4
        value_5 = self.text
        if value_5 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.file_id = get_("file_id")
        parsed_obj_.text = get_("text")
        parsed_obj_.filename = get_("filename")
        _raw_attributes = get_("attributes", UNSET)
        if _raw_attributes is not None and _raw_attributes is not UNSET:
            try:
                attributes = _parse_attributes(_raw_attributes)

            except LENIENT_ERRORS:
                attributes = _raw_attributes
        else:
            attributes = _raw_attributes
        parsed_obj_.attributes = None if isinstance(attributes, Unset) else attributes
        parsed_obj_.score = as_float(get_("score"))
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
