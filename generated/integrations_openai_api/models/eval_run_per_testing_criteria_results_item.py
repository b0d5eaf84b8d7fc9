from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class EvalRunPerTestingCriteriaResultsItem(ApiModel):
    testing_criteria: str
    """ A description of the testing criteria. """

    passed: int
    """ Number of tests passed for this criteria. """

    failed: int
    """ Number of tests failed for this criteria. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("testing_criteria", "testing_criteria"),
        ("passed", "passed"),
        ("failed", "failed"),
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        testing_criteria = d.pop("testing_criteria", None)

        passed = d.pop("passed", None)

        failed = d.pop("failed", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.testing_criteria = testing_criteria
        parsed_obj_.passed = passed
        parsed_obj_.failed = failed
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
