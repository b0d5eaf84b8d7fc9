from typing import Literal

ServiceTier2 = Literal["auto", "default", "flex", "priority", "scale"]

SERVICE_TIER_2_VALUES: set[ServiceTier2] = {
    "auto",
    "default",
    "flex",
    "priority",
    "scale",
}


def check_service_tier_2(value: str) -> ServiceTier2:
    if value in SERVICE_TIER_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SERVICE_TIER_2_VALUES!r}")
