"""Health of a client: breaker states, limiter budgets, the last error per host, and an
optional live probe; ``readiness`` turns a report into an HTTP status and a JSON body."""

from ._report import (
    BreakerHealth,
    HealthReport,
    HostError,
    LastErrors,
    LimiterHealth,
    Probe,
    readiness,
    snapshot,
)

__all__ = [
    "BreakerHealth",
    "HealthReport",
    "HostError",
    "LastErrors",
    "LimiterHealth",
    "Probe",
    "readiness",
    "snapshot",
]
