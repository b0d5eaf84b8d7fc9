from __future__ import annotations

from typing import Any, ClassVar, Self

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
class ChatCompletionMessageListDataItemAnnotationsItemUrlCitation(ApiModel):
    """A URL citation when using web search."""

    end_index: int
    """ The index of the last character of the URL citation in the message. """

    start_index: int
    """ The index of the first character of the URL citation in the message. """

    url: str
    """ The URL of the web resource. """

    title: str
    """ The title of the web resource. """

    _sdk_name_: ClassVar[str] = "AnnotationURLCitation"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("end_index", "end_index"),
        ("start_index", "start_index"),
        ("title", "title"),
        ("url", "url"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "end_index": "int",
        "start_index": "int",
        "url": "str",
        "title": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "end_index",
        "start_index",
        "url",
        "title",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "end_index",
            "start_index",
            "url",
            "title",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.end_index
        if value_1 is None:
            if "end_index" in present:
                out["end_index"] = None
        else:
            out["end_index"] = value_1
        value_2 = self.start_index
        if value_2 is None:
            if "start_index" in present:
                out["start_index"] = None
        else:
            out["start_index"] = value_2
        value_3 = self.title
        if value_3 is None:
            if "title" in present:
                out["title"] = None
        else:
            out["title"] = value_3
        value_4 = self.url
        if value_4 is None:
            if "url" in present:
                out["url"] = None
        else:
            out["url"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.end_index = get_("end_index")
        parsed_obj_.start_index = get_("start_index")
        parsed_obj_.url = get_("url")
        parsed_obj_.title = get_("title")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
