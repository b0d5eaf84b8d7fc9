from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_delta_object_delta import RunStepDeltaObjectDelta

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunStepDeltaObjectDelta
    from ..models.run_step_delta_object_delta import RunStepDeltaObjectDelta  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RunStepDeltaObject")


@_attrs_define
class RunStepDeltaObject:
    """Represents a run step delta i.e. any changed fields on a run step during streaming."""

    id: str
    """ The identifier of the run step, which can be referenced in API endpoints. """
    delta: RunStepDeltaObjectDelta
    """ The delta containing the fields that have changed on the run step. """
    object_: Literal["thread.run.step.delta"] = "thread.run.step.delta"
    """ The object type, which is always `thread.run.step.delta`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("thread.run.step.delta",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "delta",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "delta",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.delta, Unset):
            field_dict["delta"] = to_json(self.delta)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunStepDeltaObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['thread.run.step.delta']", _raw_object_)
            if object_ != "thread.run.step.delta":
                raise ValueError(
                    f"object must match const 'thread.run.step.delta', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_delta = d.pop("delta", UNSET)
        try:
            delta = RunStepDeltaObjectDelta.from_dict(_raw_delta)

        except LENIENT_ERRORS:
            delta = _raw_delta

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            delta=delta,
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
