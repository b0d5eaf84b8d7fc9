from typing import Literal

AuditLogActorType = Literal["api_key", "session"]

AUDIT_LOG_ACTOR_TYPE_VALUES: set[AuditLogActorType] = {
    "api_key",
    "session",
}


def check_audit_log_actor_type(value: str) -> AuditLogActorType:
    if value in AUDIT_LOG_ACTOR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIT_LOG_ACTOR_TYPE_VALUES!r}")
