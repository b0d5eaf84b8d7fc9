from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EvalJsonlFileContentSourceContentItemSample
    from ..models.eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="EvalRunOutputItemResult")


def _parse_type_(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_sample(data: object) -> EvalJsonlFileContentSourceContentItemSample | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return EvalJsonlFileContentSourceContentItemSample.from_dict(data)
    return cast("EvalJsonlFileContentSourceContentItemSample | None | Unset", data)


@_attrs_define
class EvalRunOutputItemResult:
    """A single grader result for an evaluation run output item."""

    name: str
    """ The name of the grader. """
    score: float
    """ The numeric score produced by the grader. """
    passed: bool
    """ Whether the grader considered the output a pass. """
    type_: None | str | Unset = UNSET
    """ The grader type (for example, "string-check-grader"). """
    sample: EvalJsonlFileContentSourceContentItemSample | None | Unset = UNSET
    """ Optional sample or intermediate data produced by the grader. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "name",
        "score",
        "passed",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "score",
            "passed",
            "type",
            "sample",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.score, Unset):
            field_dict["score"] = self.score
        if not isinstance(self.passed, Unset):
            field_dict["passed"] = self.passed
        if self.type_ is not UNSET:
            field_dict["type"] = to_json(self.type_)
        if self.sample is not UNSET:
            field_dict["sample"] = to_json(self.sample)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalRunOutputItemResult: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        score = d.pop("score", UNSET)

        passed = d.pop("passed", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _parse_type_(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_sample = d.pop("sample", UNSET)
        try:
            sample = _parse_sample(_raw_sample)

        except LENIENT_ERRORS:
            sample = _raw_sample

        parsed_obj_ = cls(
            name=name,
            score=score,
            passed=passed,
            type_=type_,
            sample=sample,
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
