from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="VectorStoreObjectFileCounts")


@_attrs_define
class VectorStoreObjectFileCounts:
    in_progress: int
    """ The number of files that are currently being processed. """
    completed: int
    """ The number of files that have been successfully processed. """
    failed: int
    """ The number of files that have failed to process. """
    cancelled: int
    """ The number of files that were cancelled. """
    total: int
    """ The total number of files. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.in_progress, Unset):
            field_dict["in_progress"] = self.in_progress
        if not isinstance(self.completed, Unset):
            field_dict["completed"] = self.completed
        if not isinstance(self.failed, Unset):
            field_dict["failed"] = self.failed
        if not isinstance(self.cancelled, Unset):
            field_dict["cancelled"] = self.cancelled
        if not isinstance(self.total, Unset):
            field_dict["total"] = self.total
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"VectorStoreObjectFileCounts: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        in_progress = d.pop("in_progress", UNSET)

        completed = d.pop("completed", UNSET)

        failed = d.pop("failed", UNSET)

        cancelled = d.pop("cancelled", UNSET)

        total = d.pop("total", UNSET)

        parsed_obj_ = cls(
            in_progress=in_progress,
            completed=completed,
            failed=failed,
            cancelled=cancelled,
            total=total,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
