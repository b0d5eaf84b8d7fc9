from typing import Literal

RealtimeTurnDetectionSemanticVADEagerness = Literal["auto", "high", "low", "medium"]

REALTIME_TURN_DETECTION_SEMANTIC_VAD_EAGERNESS_VALUES: set[
    RealtimeTurnDetectionSemanticVADEagerness
] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_realtime_turn_detection_semantic_vad_eagerness(
    value: str,
) -> RealtimeTurnDetectionSemanticVADEagerness:
    if value in REALTIME_TURN_DETECTION_SEMANTIC_VAD_EAGERNESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TURN_DETECTION_SEMANTIC_VAD_EAGERNESS_VALUES!r}"
    )
