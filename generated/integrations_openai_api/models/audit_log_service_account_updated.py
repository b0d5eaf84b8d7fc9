from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.audit_log_service_account_updated_changes_requested import (
        AuditLogServiceAccountUpdatedChangesRequested,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogServiceAccountUpdatedChangesRequested
    from ..models.audit_log_service_account_updated_changes_requested import (
        AuditLogServiceAccountUpdatedChangesRequested,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class AuditLogServiceAccountUpdated(ApiModel):
    """The details for events with this `type`."""

    id: str | None = ABSENT
    """ The service account ID. """

    changes_requested: AuditLogServiceAccountUpdatedChangesRequested | None = ABSENT
    """ The payload used to updated the service account. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("changes_requested", "changes_requested"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str | Unset",
        "changes_requested": "AuditLogServiceAccountUpdatedChangesRequested | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "changes_requested",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.changes_requested
        if value_2 is None:
            if "changes_requested" in present:
                out["changes_requested"] = None
        else:
            out["changes_requested"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        changes_requested = get_("changes_requested")
        if changes_requested is not None:
            try:
                changes_requested = (
                    AuditLogServiceAccountUpdatedChangesRequested._from_dict_(changes_requested)
                    if changes_requested.__class__ is dict
                    else AuditLogServiceAccountUpdatedChangesRequested.from_dict(changes_requested)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.changes_requested = changes_requested
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
