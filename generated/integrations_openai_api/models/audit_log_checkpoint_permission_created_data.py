from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class AuditLogCheckpointPermissionCreatedData(ApiModel):
    """The payload used to create the checkpoint permission."""

    project_id: str | None = ABSENT
    """ The ID of the project that the checkpoint permission was created for. """

    fine_tuned_model_checkpoint: str | None = ABSENT
    """ The ID of the fine-tuned model checkpoint. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("project_id", "project_id"),
        ("fine_tuned_model_checkpoint", "fine_tuned_model_checkpoint"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "project_id": "str | Unset",
        "fine_tuned_model_checkpoint": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "project_id",
            "fine_tuned_model_checkpoint",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.project_id
        if value_1 is None:
            if "project_id" in present:
                out["project_id"] = None
        else:
            out["project_id"] = value_1
        value_2 = self.fine_tuned_model_checkpoint
        if value_2 is None:
            if "fine_tuned_model_checkpoint" in present:
                out["fine_tuned_model_checkpoint"] = None
        else:
            out["fine_tuned_model_checkpoint"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.project_id = get_("project_id")
        parsed_obj_.fine_tuned_model_checkpoint = get_("fine_tuned_model_checkpoint")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
