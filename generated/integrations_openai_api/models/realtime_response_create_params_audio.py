from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_response_create_params_audio_output import (
        RealtimeResponseCreateParamsAudioOutput,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeResponseCreateParamsAudioOutput
    from ..models.realtime_response_create_params_audio_output import (
        RealtimeResponseCreateParamsAudioOutput,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeResponseCreateParamsAudio")


@_attrs_define
class RealtimeResponseCreateParamsAudio:
    """Configuration for audio input and output."""

    output: RealtimeResponseCreateParamsAudioOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("output",))

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.output is not UNSET:
            field_dict["output"] = to_json(self.output)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeResponseCreateParamsAudio: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_output = d.pop("output", UNSET)
        try:
            _output = _raw_output
            output: RealtimeResponseCreateParamsAudioOutput | Unset
            if isinstance(_output, Unset):
                output = UNSET
            else:
                output = RealtimeResponseCreateParamsAudioOutput.from_dict(_output)

        except LENIENT_ERRORS:
            output = _raw_output

        parsed_obj_ = cls(
            output=output,
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
