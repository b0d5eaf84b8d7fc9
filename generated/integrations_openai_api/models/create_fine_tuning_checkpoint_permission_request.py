from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import AbsentList, ApiModel
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class CreateFineTuningCheckpointPermissionRequest(ApiModel):
    project_ids: list[str]
    """ The project identifiers to grant access to. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("project_ids", "project_ids"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "project_ids": "list[str]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("project_ids",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("project_ids",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_project_ids = d.pop("project_ids", UNSET)
        try:
            project_ids = cast("list[str]", _raw_project_ids)

        except LENIENT_ERRORS:
            project_ids = _raw_project_ids

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.project_ids = AbsentList() if isinstance(project_ids, Unset) else project_ids
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
