from typing import Literal

CreateContainerBodyMemoryLimit = Literal["16g", "1g", "4g", "64g"]

CREATE_CONTAINER_BODY_MEMORY_LIMIT_VALUES: set[CreateContainerBodyMemoryLimit] = {
    "16g",
    "1g",
    "4g",
    "64g",
}


def check_create_container_body_memory_limit(value: str) -> CreateContainerBodyMemoryLimit:
    if value in CREATE_CONTAINER_BODY_MEMORY_LIMIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONTAINER_BODY_MEMORY_LIMIT_VALUES!r}"
    )
