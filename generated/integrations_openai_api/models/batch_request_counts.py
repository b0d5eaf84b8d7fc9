from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class BatchRequestCounts(ApiModel):
    """The request counts for different statuses within the batch."""

    total: int
    """ Total number of requests in the batch. """

    completed: int
    """ Number of requests that have been completed successfully. """

    failed: int
    """ Number of requests that have failed. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("completed", "completed"),
        ("failed", "failed"),
        ("total", "total"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "total": "int",
        "completed": "int",
        "failed": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "total",
        "completed",
        "failed",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "total",
            "completed",
            "failed",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.completed
        if value_1 is None:
            if "completed" in present:
                out["completed"] = None
        else:
            out["completed"] = value_1
        value_2 = self.failed
        if value_2 is None:
            if "failed" in present:
                out["failed"] = None
        else:
            out["failed"] = value_2
        value_3 = self.total
        if value_3 is None:
            if "total" in present:
                out["total"] = None
        else:
            out["total"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        total = d.pop("total", None)

        completed = d.pop("completed", None)

        failed = d.pop("failed", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.total = total
        parsed_obj_.completed = completed
        parsed_obj_.failed = failed
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
