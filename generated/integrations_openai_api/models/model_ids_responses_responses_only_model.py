from typing import Literal

ModelIdsResponsesResponsesOnlyModel = Literal[
    "computer-use-preview",
    "computer-use-preview-2025-03-11",
    "gpt-5-codex",
    "gpt-5-pro",
    "gpt-5-pro-2025-10-06",
    "gpt-5.1-codex-max",
    "o1-pro",
    "o1-pro-2025-03-19",
    "o3-deep-research",
    "o3-deep-research-2025-06-26",
    "o3-pro",
    "o3-pro-2025-06-10",
    "o4-mini-deep-research",
    "o4-mini-deep-research-2025-06-26",
]

MODEL_IDS_RESPONSES_RESPONSES_ONLY_MODEL_VALUES: set[ModelIdsResponsesResponsesOnlyModel] = {
    "computer-use-preview",
    "computer-use-preview-2025-03-11",
    "gpt-5-codex",
    "gpt-5-pro",
    "gpt-5-pro-2025-10-06",
    "gpt-5.1-codex-max",
    "o1-pro",
    "o1-pro-2025-03-19",
    "o3-deep-research",
    "o3-deep-research-2025-06-26",
    "o3-pro",
    "o3-pro-2025-06-10",
    "o4-mini-deep-research",
    "o4-mini-deep-research-2025-06-26",
}


def check_model_ids_responses_responses_only_model(
    value: str,
) -> ModelIdsResponsesResponsesOnlyModel:
    if value in MODEL_IDS_RESPONSES_RESPONSES_ONLY_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_IDS_RESPONSES_RESPONSES_ONLY_MODEL_VALUES!r}"
    )
