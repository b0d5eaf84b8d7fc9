from typing import Literal

CreateFineTuningJobRequestHyperparametersBatchSizeEnum = Literal["auto"]

CREATE_FINE_TUNING_JOB_REQUEST_HYPERPARAMETERS_BATCH_SIZE_ENUM_VALUES: set[
    CreateFineTuningJobRequestHyperparametersBatchSizeEnum
] = {
    "auto",
}


def check_create_fine_tuning_job_request_hyperparameters_batch_size_enum(
    value: str,
) -> CreateFineTuningJobRequestHyperparametersBatchSizeEnum:
    if value in CREATE_FINE_TUNING_JOB_REQUEST_HYPERPARAMETERS_BATCH_SIZE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_FINE_TUNING_JOB_REQUEST_HYPERPARAMETERS_BATCH_SIZE_ENUM_VALUES!r}"
    )
