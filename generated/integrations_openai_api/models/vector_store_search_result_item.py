from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2
    from ..models.vector_store_search_result_content_object import (
        VectorStoreSearchResultContentObject,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VectorStoreFileAttributes2, VectorStoreSearchResultContentObject
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2  # noqa: PLC0415
    from ..models.vector_store_search_result_content_object import (
        VectorStoreSearchResultContentObject,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_attributes(data: object) -> None | VectorStoreFileAttributes2:
    if data is None:
        return data
    if isinstance(data, dict):
        return VectorStoreFileAttributes2._from_dict_(data)
    return cast("None | VectorStoreFileAttributes2", data)


@_attrs_define(repr=False)
class VectorStoreSearchResultItem(ApiModel):
    file_id: str
    """ The ID of the vector store file. """

    filename: str
    """ The name of the vector store file. """

    score: float
    """ The similarity score for the result. """

    content: list[VectorStoreSearchResultContentObject]
    """ Content chunks from the file. """

    attributes: VectorStoreFileAttributes2 | None = ABSENT

    _sdk_name_: ClassVar[str] = "VectorStoreSearchResponse"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("attributes", "attributes"),
        ("content", "content"),
        ("file_id", "file_id"),
        ("filename", "filename"),
        ("score", "score"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file_id": "str",
        "filename": "str",
        "score": "float",
        "attributes": "None | VectorStoreFileAttributes2",
        "content": "list[VectorStoreSearchResultContentObject]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "file_id",
        "filename",
        "score",
        "attributes",
        "content",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "filename",
            "score",
            "attributes",
            "content",
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
        value_2 = self.content
        if value_2 is None:
            if "content" in present:
                out["content"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "content" in present:
            out["content"] = to_json(value_2)
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
        value_5 = self.score
        if value_5 is None:
            if "score" in present:
                out["score"] = None
        else:
            out["score"] = value_5
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
        parsed_obj_.filename = get_("filename")
        parsed_obj_.score = as_float(get_("score"))
        _raw_attributes = get_("attributes", None)
        if _raw_attributes is not None:
            try:
                attributes = _parse_attributes(_raw_attributes)

            except LENIENT_ERRORS:
                attributes = _raw_attributes
        else:
            attributes = _raw_attributes
        parsed_obj_.attributes = attributes
        _raw_content = get_("content", UNSET)
        try:
            content = []
            _content = _raw_content
            if not isinstance(_content, list):
                raise TypeError()
            for content_item_data in _content:
                try:
                    content_item = (
                        VectorStoreSearchResultContentObject._from_dict_(content_item_data)
                        if content_item_data.__class__ is dict
                        else VectorStoreSearchResultContentObject.from_dict(content_item_data)
                    )
                except LENIENT_ERRORS:
                    content_item = content_item_data
                content.append(content_item)

        except LENIENT_ERRORS:
            content = _raw_content
        parsed_obj_.content = AbsentList() if isinstance(content, Unset) else content
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
