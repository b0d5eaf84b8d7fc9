from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_jsonl_file_content_source_content_item import (
        EvalJsonlFileContentSourceContentItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EvalJsonlFileContentSourceContentItem
    from ..models.eval_jsonl_file_content_source_content_item import (
        EvalJsonlFileContentSourceContentItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class EvalJsonlFileContentSource(ApiModel):
    content: list[EvalJsonlFileContentSourceContentItem]
    """ The content of the jsonl file. """

    type: Literal["file_content"] = "file_content"
    """ The type of jsonl source. Always `file_content`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['file_content']",
        "content": "list[EvalJsonlFileContentSourceContentItem]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file_content",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "content",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "content",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.content
        if value_1 is None:
            if "content" in present:
                out["content"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "content" in present:
            out["content"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
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
        _raw_content = get_("content", UNSET)
        try:
            content = []
            _content = _raw_content
            if not isinstance(_content, list):
                raise TypeError()
            for content_item_data in _content:
                try:
                    content_item = (
                        EvalJsonlFileContentSourceContentItem._from_dict_(content_item_data)
                        if content_item_data.__class__ is dict
                        else EvalJsonlFileContentSourceContentItem.from_dict(content_item_data)
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
