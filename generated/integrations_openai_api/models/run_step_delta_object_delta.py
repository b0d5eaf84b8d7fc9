from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RunStepDeltaStepDetailsMessageCreationObject, \
        RunStepDeltaStepDetailsToolCallsObject
    from ..models.run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject,  # noqa: PLC0415
    )
    from ..models.run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RunStepDeltaObjectDelta")


def _parse_step_details(
    data: object,
) -> RunStepDeltaStepDetailsMessageCreationObject | RunStepDeltaStepDetailsToolCallsObject | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RunStepDeltaStepDetailsMessageCreationObject,
                RunStepDeltaStepDetailsToolCallsObject,
            ),
        )
        if variant is None:
            return cast(
                "RunStepDeltaStepDetailsMessageCreationObject | RunStepDeltaStepDetailsToolCallsObject | Unset",
                UnknownVariant(data),
            )
        return cast(
            "RunStepDeltaStepDetailsMessageCreationObject | RunStepDeltaStepDetailsToolCallsObject | Unset",
            variant.from_dict(data),
        )
    return cast(
        "RunStepDeltaStepDetailsMessageCreationObject | RunStepDeltaStepDetailsToolCallsObject | Unset",
        data,
    )


@_attrs_define
class RunStepDeltaObjectDelta:
    """The delta containing the fields that have changed on the run step."""

    step_details: (
        RunStepDeltaStepDetailsMessageCreationObject
        | RunStepDeltaStepDetailsToolCallsObject
        | Unset
    ) = UNSET
    """ The details of the run step. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("step_details",))

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.step_details is not UNSET:
            field_dict["step_details"] = to_json(self.step_details)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunStepDeltaObjectDelta: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_step_details = d.pop("step_details", UNSET)
        try:
            step_details = _parse_step_details(_raw_step_details)

        except LENIENT_ERRORS:
            step_details = _raw_step_details

        parsed_obj_ = cls(
            step_details=step_details,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
