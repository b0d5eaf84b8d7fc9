from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.eval_grader_text_similarity_evaluation_metric import (
    EvalGraderTextSimilarityEvaluationMetric,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class GraderTextSimilarity(ApiModel):
    """A TextSimilarityGrader object which grades text based on similarity metrics."""

    name: str
    """ The name of the grader. """

    input: str
    """ The text being graded. """

    reference: str
    """ The text being graded against. """

    evaluation_metric: EvalGraderTextSimilarityEvaluationMetric | str
    """ The evaluation metric to use. One of `cosine`, `fuzzy_match`, `bleu`,
    `gleu`, `meteor`, `rouge_1`, `rouge_2`, `rouge_3`, `rouge_4`, `rouge_5`,
    or `rouge_l`.
     """

    type: Literal["text_similarity"] = "text_similarity"
    """ The type of grader. """

    _sdk_name_: ClassVar[str] = "TextSimilarityGrader"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("evaluation_metric", "evaluation_metric"),
        ("input", "input"),
        ("name", "name"),
        ("reference", "reference"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['text_similarity']",
        "name": "str",
        "input": "str",
        "reference": "str",
        "evaluation_metric": "EvalGraderTextSimilarityEvaluationMetric",
    }
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
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "input",
            "reference",
            "evaluation_metric",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.evaluation_metric
        if value_1 is None:
            if "evaluation_metric" in present:
                out["evaluation_metric"] = None
        else:
            out["evaluation_metric"] = value_1
        value_2 = self.input
        if value_2 is None:
            if "input" in present:
                out["input"] = None
        else:
            out["input"] = value_2
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
        value_4 = self.reference
        if value_4 is None:
            if "reference" in present:
                out["reference"] = None
        else:
            out["reference"] = value_4
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.name = get_("name")
        parsed_obj_.input = get_("input")
        parsed_obj_.reference = get_("reference")
        parsed_obj_.evaluation_metric = get_("evaluation_metric")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
