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
class VectorStoreFileBatchObjectFileCounts(ApiModel):
    in_progress: int
    """ The number of files that are currently being processed. """

    completed: int
    """ The number of files that have been processed. """

    failed: int
    """ The number of files that have failed to process. """

    cancelled: int
    """ The number of files that where cancelled. """

    total: int
    """ The total number of files. """

    _sdk_name_: ClassVar[str] = "FileCounts"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cancelled", "cancelled"),
        ("completed", "completed"),
        ("failed", "failed"),
        ("in_progress", "in_progress"),
        ("total", "total"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "in_progress": "int",
        "completed": "int",
        "failed": "int",
        "cancelled": "int",
        "total": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "in_progress",
        "completed",
        "failed",
        "cancelled",
        "total",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "in_progress",
            "completed",
            "failed",
            "cancelled",
            "total",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.cancelled
        if value_1 is None:
            if "cancelled" in present:
                out["cancelled"] = None
        else:
            out["cancelled"] = value_1
        value_2 = self.completed
        if value_2 is None:
            if "completed" in present:
                out["completed"] = None
        else:
            out["completed"] = value_2
        value_3 = self.failed
        if value_3 is None:
            if "failed" in present:
                out["failed"] = None
        else:
            out["failed"] = value_3
        value_4 = self.in_progress
        if value_4 is None:
            if "in_progress" in present:
                out["in_progress"] = None
        else:
            out["in_progress"] = value_4
        value_5 = self.total
        if value_5 is None:
            if "total" in present:
                out["total"] = None
        else:
            out["total"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.in_progress = get_("in_progress")
        parsed_obj_.completed = get_("completed")
        parsed_obj_.failed = get_("failed")
        parsed_obj_.cancelled = get_("cancelled")
        parsed_obj_.total = get_("total")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
