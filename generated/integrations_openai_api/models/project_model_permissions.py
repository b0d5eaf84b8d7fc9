from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.project_model_permissions_mode import (
    ProjectModelPermissionsMode,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ProjectModelPermissions(ApiModel):
    """Represents the model allowlist or denylist policy for a project."""

    mode: ProjectModelPermissionsMode | str
    """ Whether the project uses an allowlist or a denylist. """

    model_ids: list[str]
    """ The model IDs included in the model permissions policy. """

    object: Literal["project.model_permissions"] = "project.model_permissions"
    """ The object type, which is always `project.model_permissions`. """

    _sdk_attrs_: ClassVar[dict[str, str]] = {"model_ids": "api_model_ids"}

    @property
    def api_model_ids(self) -> list[str]:
        """`model_ids` under the official SDK's name."""
        return self.model_ids

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("mode", "mode"),
        ("model_ids", "model_ids"),
        ("object", "object"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['project.model_permissions']",
        "mode": "ProjectModelPermissionsMode",
        "model_ids": "list[str]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("project.model_permissions",),
        "mode": (
            "allow_list",
            "deny_list",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "mode",
        "model_ids",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "mode",
            "model_ids",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.mode
        if value_1 is None:
            if "mode" in present:
                out["mode"] = None
        else:
            out["mode"] = value_1
        value_2 = self.model_ids
        if value_2 is None:
            if "model_ids" in present:
                out["model_ids"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "model_ids" in present:
            out["model_ids"] = to_json(value_2)
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = get_("object")
        parsed_obj_.mode = get_("mode")
        _raw_model_ids = get_("model_ids", UNSET)
        try:
            model_ids = cast("list[str]", _raw_model_ids)

        except LENIENT_ERRORS:
            model_ids = _raw_model_ids
        parsed_obj_.model_ids = AbsentList() if isinstance(model_ids, Unset) else model_ids
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
