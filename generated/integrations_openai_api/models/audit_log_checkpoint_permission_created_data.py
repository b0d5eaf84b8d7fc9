from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_project_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_fine_tuned_model_checkpoint(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


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
        "project_id": "None | str | Unset",
        "fine_tuned_model_checkpoint": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "project_id",
            "fine_tuned_model_checkpoint",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_project_id = d.pop("project_id", UNSET)
        try:
            project_id = _parse_project_id(_raw_project_id)

        except LENIENT_ERRORS:
            project_id = _raw_project_id

        _raw_fine_tuned_model_checkpoint = d.pop("fine_tuned_model_checkpoint", UNSET)
        try:
            fine_tuned_model_checkpoint = _parse_fine_tuned_model_checkpoint(
                _raw_fine_tuned_model_checkpoint
            )

        except LENIENT_ERRORS:
            fine_tuned_model_checkpoint = _raw_fine_tuned_model_checkpoint

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.project_id = None if isinstance(project_id, Unset) else project_id
        parsed_obj_.fine_tuned_model_checkpoint = (
            None if isinstance(fine_tuned_model_checkpoint, Unset) else fine_tuned_model_checkpoint
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
