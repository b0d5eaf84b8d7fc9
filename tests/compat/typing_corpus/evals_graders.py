"""Evals: graders built as typed params, an eval created, runs listed and read."""

from __future__ import annotations

from openai import OpenAI
from openai.types import EvalCreateResponse
from openai.types.evals import RunListResponse
from openai.types.graders import StringCheckGraderParam, TextSimilarityGraderParam

client = OpenAI()


def exact(reference: str) -> StringCheckGraderParam:
    return {
        "type": "string_check",
        "name": "exact",
        "input": "{{sample.output_text}}",
        "reference": reference,
        "operation": "eq",
    }


def similar() -> TextSimilarityGraderParam:
    return {
        "type": "text_similarity",
        "name": "close",
        "input": "{{sample.output_text}}",
        "reference": "{{item.answer}}",
        "evaluation_metric": "fuzzy_match",
    }


def create(name: str) -> EvalCreateResponse:
    return client.evals.create(
        name=name,
        data_source_config={
            "type": "custom",
            "item_schema": {"type": "object", "properties": {"answer": {"type": "string"}}},
            "include_sample_schema": True,
        },
        testing_criteria=[exact("{{item.answer}}")],
    )


def passed(run: RunListResponse) -> float:
    counts = run.result_counts
    return counts.passed / counts.total if counts.total else 0.0


def scores(eval_id: str) -> dict[str, float]:
    return {run.id: passed(run) for run in client.evals.runs.list(eval_id, limit=10)}


def grade(sample: str) -> float:
    result = client.fine_tuning.alpha.graders.run(
        grader=similar(), model_sample=sample, item={"answer": "Paris"}
    )
    return result.reward
