from typing import Literal

EvalGraderTextSimilarityEvaluationMetric = Literal[
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
]

EVAL_GRADER_TEXT_SIMILARITY_EVALUATION_METRIC_VALUES: set[
    EvalGraderTextSimilarityEvaluationMetric
] = {
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
}


def check_eval_grader_text_similarity_evaluation_metric(
    value: str,
) -> EvalGraderTextSimilarityEvaluationMetric:
    if value in EVAL_GRADER_TEXT_SIMILARITY_EVALUATION_METRIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVAL_GRADER_TEXT_SIMILARITY_EVALUATION_METRIC_VALUES!r}"
    )
