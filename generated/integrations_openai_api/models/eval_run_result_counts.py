from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class EvalRunResultCounts(ApiModel):
    """Counters summarizing the outcomes of the evaluation run."""

    total: int
    """ Total number of executed output items. """

    errored: int
    """ Number of output items that resulted in an error. """

    failed: int
    """ Number of output items that failed to pass the evaluation. """

    passed: int
    """ Number of output items that passed the evaluation. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("total", "total"),
        ("errored", "errored"),
        ("failed", "failed"),
        ("passed", "passed"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "total": "int",
        "errored": "int",
        "failed": "int",
        "passed": "int",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        total = d.pop("total", None)

        errored = d.pop("errored", None)

        failed = d.pop("failed", None)

        passed = d.pop("passed", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.total = total
        parsed_obj_.errored = errored
        parsed_obj_.failed = failed
        parsed_obj_.passed = passed
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
