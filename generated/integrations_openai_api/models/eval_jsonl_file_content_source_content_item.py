from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

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
        _raw_item = d.pop("item", None)
        try:
            item = EvalJsonlFileContentSourceContentItemItem.from_dict(_raw_item)

        except LENIENT_ERRORS:
            item = _raw_item

        _raw_sample = d.pop("sample", UNSET)
        try:
            _sample = _raw_sample
            sample: EvalJsonlFileContentSourceContentItemSample | Unset
            if isinstance(_sample, Unset):
                sample = UNSET
            else:
                sample = EvalJsonlFileContentSourceContentItemSample.from_dict(_sample)

        except LENIENT_ERRORS:
            sample = _raw_sample

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.item = item
        parsed_obj_.sample = None if isinstance(sample, Unset) else sample
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
