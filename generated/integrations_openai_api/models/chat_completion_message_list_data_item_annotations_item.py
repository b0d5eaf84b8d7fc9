from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.chat_completion_message_list_data_item_annotations_item_url_citation import (
        ChatCompletionMessageListDataItemAnnotationsItemUrlCitation,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionMessageListDataItemAnnotationsItemUrlCitation
    from ..models.chat_completion_message_list_data_item_annotations_item_url_citation import (
        ChatCompletionMessageListDataItemAnnotationsItemUrlCitation,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ChatCompletionMessageListDataItemAnnotationsItem(ApiModel):
    """A URL citation when using web search."""

    url_citation: ChatCompletionMessageListDataItemAnnotationsItemUrlCitation
    """ A URL citation when using web search. """

    type: Literal["url_citation"] = "url_citation"
    """ The type of the URL citation. Always `url_citation`. """

    _sdk_name_: ClassVar[str] = "Annotation"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("url_citation", "url_citation"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['url_citation']",
        "url_citation": "ChatCompletionMessageListDataItemAnnotationsItemUrlCitation",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("url_citation",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "url_citation",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "url_citation",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.url_citation
        if value_2 is None:
            if "url_citation" in present:
                out["url_citation"] = None
        else:
            out["url_citation"] = to_json(value_2)
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
        parsed_obj_.type = get_("type")
        url_citation = get_("url_citation")
        if url_citation is not None:
            try:
                url_citation = (
                    ChatCompletionMessageListDataItemAnnotationsItemUrlCitation._from_dict_(
                        url_citation
                    )
                    if url_citation.__class__ is dict
                    else ChatCompletionMessageListDataItemAnnotationsItemUrlCitation.from_dict(
                        url_citation
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.url_citation = url_citation
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
