from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_object import RunObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunObject
    from ..models.run_object import RunObject  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RunStreamEventThreadRunCancelling")


@_attrs_define
class RunStreamEventThreadRunCancelling:
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `cancelling` status."""

    data: RunObject
    """ Represents an execution run on a [thread](/docs/api-reference/threads). """
    event: Literal["thread.run.cancelling"] = "thread.run.cancelling"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "event": ("thread.run.cancelling",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event",
        "data",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event",
            "data",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.event, Unset):
            field_dict["event"] = self.event
        if not isinstance(self.data, Unset):
            field_dict["data"] = to_json(self.data)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunStreamEventThreadRunCancelling: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_event = d.pop("event", UNSET)
        try:
            event = cast("Literal['thread.run.cancelling']", _raw_event)
            if event != "thread.run.cancelling":
                raise ValueError(f"event must match const 'thread.run.cancelling', got '{event}'")
        except LENIENT_ERRORS:
            event = _raw_event

        _raw_data = d.pop("data", UNSET)
        try:
            data = RunObject.from_dict(_raw_data)

        except LENIENT_ERRORS:
            data = _raw_data

        parsed_obj_ = cls(
            event=event,
            data=data,
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
