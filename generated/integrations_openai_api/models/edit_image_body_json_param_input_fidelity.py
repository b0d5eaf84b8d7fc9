from typing import Literal

EditImageBodyJsonParamInputFidelity = Literal["high", "low"]

EDIT_IMAGE_BODY_JSON_PARAM_INPUT_FIDELITY_VALUES: set[EditImageBodyJsonParamInputFidelity] = {
    "high",
    "low",
}


def check_edit_image_body_json_param_input_fidelity(
    value: str,
) -> EditImageBodyJsonParamInputFidelity:
    if value in EDIT_IMAGE_BODY_JSON_PARAM_INPUT_FIDELITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_BODY_JSON_PARAM_INPUT_FIDELITY_VALUES!r}"
    )
