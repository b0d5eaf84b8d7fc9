from typing import Literal

ContainerResourceMemoryLimit = Literal["16g", "1g", "4g", "64g"]

CONTAINER_RESOURCE_MEMORY_LIMIT_VALUES: set[ContainerResourceMemoryLimit] = {
    "16g",
    "1g",
    "4g",
    "64g",
}


def check_container_resource_memory_limit(value: str) -> ContainerResourceMemoryLimit:
    if value in CONTAINER_RESOURCE_MEMORY_LIMIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_RESOURCE_MEMORY_LIMIT_VALUES!r}"
    )
