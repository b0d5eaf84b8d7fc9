from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
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


def _parse_sample(data: object) -> EvalJsonlFileContentSourceContentItemSample | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return EvalJsonlFileContentSourceContentItemSample.from_dict(data)
    return cast("EvalJsonlFileContentSourceContentItemSample | None | Unset", data)


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
        "sample": "EvalJsonlFileContentSourceContentItemSample | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("item",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "item",
            "sample",
        )
    )

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
            sample = _parse_sample(_raw_sample)

        except LENIENT_ERRORS:
            sample = _raw_sample

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.item = item
        parsed_obj_.sample = None if isinstance(sample, Unset) else sample
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
