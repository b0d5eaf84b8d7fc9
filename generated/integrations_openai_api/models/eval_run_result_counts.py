from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalRunResultCounts")


@_attrs_define
class EvalRunResultCounts:
    """Counters summarizing the outcomes of the evaluation run."""

    total: int
    """ Total number of executed output items. """
    errored: int
    """ Number of output items that resulted in an error. """
    failed: int
    """ Number of output items that failed to pass the evaluation. """
    passed: int
    """ Number of output items that passed the evaluation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "total",
        "errored",
        "failed",
        "passed",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "total",
            "errored",
            "failed",
            "passed",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.total, Unset):
            field_dict["total"] = self.total
        if not isinstance(self.errored, Unset):
            field_dict["errored"] = self.errored
        if not isinstance(self.failed, Unset):
            field_dict["failed"] = self.failed
        if not isinstance(self.passed, Unset):
            field_dict["passed"] = self.passed
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalRunResultCounts: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        errored = d.pop("errored", UNSET)

        failed = d.pop("failed", UNSET)

        passed = d.pop("passed", UNSET)

        parsed_obj_ = cls(
            total=total,
            errored=errored,
            failed=failed,
            passed=passed,
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
