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
    from ..models.audit_log_group_created_data import AuditLogGroupCreatedData

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogGroupCreatedData
    from ..models.audit_log_group_created_data import AuditLogGroupCreatedData  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class AuditLogGroupCreated(ApiModel):
    """The details for events with this `type`."""

    id: str | None = ABSENT
    """ The ID of the group. """

    data: AuditLogGroupCreatedData | None = ABSENT
    """ Information about the created group. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("data", "data"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str | Unset",
        "data": "AuditLogGroupCreatedData | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "data",
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
        value_2 = self.data
        if value_2 is None:
            if "data" in present:
                out["data"] = None
        else:
            out["data"] = to_json(value_2)
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
        data = get_("data")
        if data is not None:
            try:
                data = (
                    AuditLogGroupCreatedData._from_dict_(data)
                    if data.__class__ is dict
                    else AuditLogGroupCreatedData.from_dict(data)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.data = data
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
