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
class UrlCitationBody(ApiModel):
    """A citation for a web resource used to generate a model response."""

    url: str
    """ The URL of the web resource. """

    start_index: int
    """ The index of the first character of the URL citation in the message. """

    end_index: int
    """ The index of the last character of the URL citation in the message. """

    title: str
    """ The title of the web resource. """

    type: Literal["url_citation"] = "url_citation"
    """ The type of the URL citation. Always `url_citation`. """

    _sdk_name_: ClassVar[str] = "AnnotationURLCitation"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("end_index", "end_index"),
        ("start_index", "start_index"),
        ("title", "title"),
        ("type", "type"),
        ("url", "url"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['url_citation']",
        "url": "str",
        "start_index": "int",
        "end_index": "int",
        "title": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("url_citation",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "url",
        "start_index",
        "end_index",
        "title",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "url",
            "start_index",
            "end_index",
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
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        value_5 = self.url
        if value_5 is None:
            if "url" in present:
                out["url"] = None
        else:
            out["url"] = value_5
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
        parsed_obj_.url = get_("url")
        parsed_obj_.start_index = get_("start_index")
        parsed_obj_.end_index = get_("end_index")
        parsed_obj_.title = get_("title")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
