from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.eval_jsonl_file_content_source_content_item_item import (
        EvalJsonlFileContentSourceContentItemItem,
    )
    from ..models.eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        EvalJsonlFileContentSourceContentItemItem, \
        EvalJsonlFileContentSourceContentItemSample
    from ..models.eval_jsonl_file_content_source_content_item_item import (
        EvalJsonlFileContentSourceContentItemItem,  # noqa: PLC0415
    )
    from ..models.eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class EvalJsonlFileContentSourceContentItem(ApiModel):
    item: EvalJsonlFileContentSourceContentItemItem

    sample: EvalJsonlFileContentSourceContentItemSample | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item", "item"),
        ("sample", "sample"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "item": "EvalJsonlFileContentSourceContentItemItem",
        "sample": "EvalJsonlFileContentSourceContentItemSample | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("item",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "item",
            "sample",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.item
        if value_1 is None:
            if "item" in present:
                out["item"] = None
        else:
            out["item"] = to_json(value_1)
        value_2 = self.sample
        if value_2 is None:
            if "sample" in present:
                out["sample"] = None
        else:
            out["sample"] = to_json(value_2)
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
        item = get_("item")
        if item is not None:
            try:
                item = (
                    EvalJsonlFileContentSourceContentItemItem._from_dict_(item)
                    if item.__class__ is dict
                    else EvalJsonlFileContentSourceContentItemItem.from_dict(item)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.item = item
        sample = get_("sample")
        if sample is not None:
            try:
                sample = (
                    EvalJsonlFileContentSourceContentItemSample._from_dict_(sample)
                    if sample.__class__ is dict
                    else EvalJsonlFileContentSourceContentItemSample.from_dict(sample)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.sample = sample
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
