from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import AbsentList, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tuning_job import FineTuningJob

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FineTuningJob
    from ..models.fine_tuning_job import FineTuningJob  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class ListPaginatedFineTuningJobsResponse(ApiModel):
    data: list[FineTuningJob]

    has_more: bool

    object: Literal["list"] = "list"

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("has_more", "has_more"),
        ("object", "object"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "data": "list[FineTuningJob]",
        "has_more": "bool",
        "object": "Literal['list']",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("list",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "data",
        "has_more",
        "object",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "data",
            "has_more",
            "object",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_data = d.pop("data", UNSET)
        try:
            data = []
            _data = _raw_data
            if not isinstance(_data, list):
                raise TypeError()
            for data_item_data in _data:
                try:
                    data_item = FineTuningJob.from_dict(data_item_data)

                except LENIENT_ERRORS:
                    data_item = data_item_data
                data.append(data_item)

        except LENIENT_ERRORS:
            data = _raw_data

        has_more = d.pop("has_more", None)

        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["list"]', _raw_object_)
            if object_ != "list":
                raise ValueError(f"object must match const 'list', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.data = AbsentList() if isinstance(data, Unset) else data
        parsed_obj_.has_more = has_more
        parsed_obj_.object = object_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
