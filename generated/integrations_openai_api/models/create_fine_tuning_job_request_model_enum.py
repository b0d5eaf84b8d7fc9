from typing import Literal

CreateFineTuningJobRequestModelEnum = Literal[
    "babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"
]

CREATE_FINE_TUNING_JOB_REQUEST_MODEL_ENUM_VALUES: set[CreateFineTuningJobRequestModelEnum] = {
    "babbage-002",
    "davinci-002",
    "gpt-3.5-turbo",
    "gpt-4o-mini",
}


def check_create_fine_tuning_job_request_model_enum(
    value: str,
) -> CreateFineTuningJobRequestModelEnum:
    if value in CREATE_FINE_TUNING_JOB_REQUEST_MODEL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_FINE_TUNING_JOB_REQUEST_MODEL_ENUM_VALUES!r}"
    )
