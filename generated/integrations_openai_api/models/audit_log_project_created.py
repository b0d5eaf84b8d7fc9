from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_project_created_data import AuditLogProjectCreatedData

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogProjectCreatedData
    from ..models.audit_log_project_created_data import AuditLogProjectCreatedData  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class AuditLogProjectCreated(ApiModel):
    """The details for events with this `type`."""

    id: str | None = ABSENT
    """ The project ID. """

    data: AuditLogProjectCreatedData | None = ABSENT
    """ The payload used to create the project. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("data", "data"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str | Unset",
        "data": "AuditLogProjectCreatedData | Unset",
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
        id = d.pop("id", None)

        _raw_data = d.pop("data", UNSET)
        try:
            _data = _raw_data
            data: AuditLogProjectCreatedData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = AuditLogProjectCreatedData.from_dict(_data)

        except LENIENT_ERRORS:
            data = _raw_data

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.data = None if isinstance(data, Unset) else data
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
