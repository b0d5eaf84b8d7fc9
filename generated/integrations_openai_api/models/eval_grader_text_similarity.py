from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.eval_grader_text_similarity_evaluation_metric import (
    EvalGraderTextSimilarityEvaluationMetric,
    check_eval_grader_text_similarity_evaluation_metric,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalGraderTextSimilarity")


@_attrs_define
class EvalGraderTextSimilarity:
    """A TextSimilarityGrader object which grades text based on similarity metrics."""

    name: str
    """ The name of the grader. """
    input_: str
    """ The text being graded. """
    reference: str
    """ The text being graded against. """
    evaluation_metric: EvalGraderTextSimilarityEvaluationMetric
    """ The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    or `rouge_l`.
     """
    pass_threshold: float
    """ The threshold for the score. """
    type_: Literal["text_similarity"] = "text_similarity"
    """ The type of grader. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("text_similarity",),
        "evaluation_metric": (
            "bleu",
            "cosine",
            "fuzzy_match",
            "gleu",
            "meteor",
            "rouge_1",
            "rouge_2",
            "rouge_3",
            "rouge_4",
            "rouge_5",
            "rouge_l",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "input",
        "reference",
        "evaluation_metric",
        "pass_threshold",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "input",
            "reference",
            "evaluation_metric",
            "pass_threshold",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.input_, Unset):
            field_dict["input"] = self.input_
        if not isinstance(self.reference, Unset):
            field_dict["reference"] = self.reference
        if not isinstance(self.evaluation_metric, Unset):
            field_dict["evaluation_metric"] = self.evaluation_metric
        if not isinstance(self.pass_threshold, Unset):
            field_dict["pass_threshold"] = self.pass_threshold
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalGraderTextSimilarity: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['text_similarity']", _raw_type_)
            if type_ != "text_similarity":
                raise ValueError(f"type must match const 'text_similarity', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        name = d.pop("name", UNSET)

        input_ = d.pop("input", UNSET)

        reference = d.pop("reference", UNSET)

        _raw_evaluation_metric = d.pop("evaluation_metric", UNSET)
        try:
            evaluation_metric = check_eval_grader_text_similarity_evaluation_metric(
                _raw_evaluation_metric
            )

        except LENIENT_ERRORS:
            evaluation_metric = _raw_evaluation_metric

        pass_threshold = d.pop("pass_threshold", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            name=name,
            input_=input_,
            reference=reference,
            evaluation_metric=evaluation_metric,
            pass_threshold=pass_threshold,
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
