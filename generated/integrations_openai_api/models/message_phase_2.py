from typing import Literal

MessagePhase2 = Literal["commentary", "final_answer"]

MESSAGE_PHASE_2_VALUES: set[MessagePhase2] = {
    "commentary",
    "final_answer",
}


def check_message_phase_2(value: str) -> MessagePhase2:
    if value in MESSAGE_PHASE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_PHASE_2_VALUES!r}")
