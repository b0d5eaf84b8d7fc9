from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import AbsentList, ApiModel
from ..models.project_model_permissions_update_request_mode import (
    ProjectModelPermissionsUpdateRequestMode,
    check_project_model_permissions_update_request_mode,
)
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class ProjectModelPermissionsUpdateRequest(ApiModel):
    mode: ProjectModelPermissionsUpdateRequestMode | str
    """ The model permissions mode to apply. """

    model_ids: list[str]
    """ The model IDs included in this permissions policy. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("mode", "mode"),
        ("model_ids", "model_ids"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "mode": "ProjectModelPermissionsUpdateRequestMode",
        "model_ids": "list[str]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "mode": (
            "allow_list",
            "deny_list",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "mode",
        "model_ids",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "mode",
            "model_ids",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_mode = d.pop("mode", None)
        try:
            mode = check_project_model_permissions_update_request_mode(_raw_mode)

        except LENIENT_ERRORS:
            mode = _raw_mode

        _raw_model_ids = d.pop("model_ids", UNSET)
        try:
            model_ids = cast("list[str]", _raw_model_ids)

        except LENIENT_ERRORS:
            model_ids = _raw_model_ids

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.mode = mode
        parsed_obj_.model_ids = AbsentList() if isinstance(model_ids, Unset) else model_ids
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
