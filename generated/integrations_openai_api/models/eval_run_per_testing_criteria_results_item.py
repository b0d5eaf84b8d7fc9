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
class EvalRunPerTestingCriteriaResultsItem(ApiModel):
    testing_criteria: str
    """ A description of the testing criteria. """

    passed: int
    """ Number of tests passed for this criteria. """

    failed: int
    """ Number of tests failed for this criteria. """

    _sdk_name_: ClassVar[str] = "PerTestingCriteriaResult"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("failed", "failed"),
        ("passed", "passed"),
        ("testing_criteria", "testing_criteria"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "testing_criteria": "str",
        "passed": "int",
        "failed": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "testing_criteria",
        "passed",
        "failed",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "testing_criteria",
            "passed",
            "failed",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.failed
        if value_1 is None:
            if "failed" in present:
                out["failed"] = None
        else:
            out["failed"] = value_1
        value_2 = self.passed
        if value_2 is None:
            if "passed" in present:
                out["passed"] = None
        else:
            out["passed"] = value_2
        value_3 = self.testing_criteria
        if value_3 is None:
            if "testing_criteria" in present:
                out["testing_criteria"] = None
        else:
            out["testing_criteria"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.testing_criteria = get_("testing_criteria")
        parsed_obj_.passed = get_("passed")
        parsed_obj_.failed = get_("failed")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
