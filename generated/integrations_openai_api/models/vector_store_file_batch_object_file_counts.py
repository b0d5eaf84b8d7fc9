from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


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

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("in_progress", "in_progress"),
        ("completed", "completed"),
        ("failed", "failed"),
        ("cancelled", "cancelled"),
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        in_progress = d.pop("in_progress", None)

        completed = d.pop("completed", None)

        failed = d.pop("failed", None)

        cancelled = d.pop("cancelled", None)

        total = d.pop("total", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.in_progress = in_progress
        parsed_obj_.completed = completed
        parsed_obj_.failed = failed
        parsed_obj_.cancelled = cancelled
        parsed_obj_.total = total
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
