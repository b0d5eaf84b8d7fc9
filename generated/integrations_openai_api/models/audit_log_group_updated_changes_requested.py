from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class AuditLogGroupUpdatedChangesRequested(ApiModel):
    """The payload used to update the group."""

    group_name: str | None = ABSENT
    """ The updated group name. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("group_name", "group_name"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "group_name": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("group_name",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.group_name
        if value_1 is None:
            if "group_name" in present:
                out["group_name"] = None
        else:
            out["group_name"] = value_1
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        group_name = d.pop("group_name", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.group_name = group_name
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
