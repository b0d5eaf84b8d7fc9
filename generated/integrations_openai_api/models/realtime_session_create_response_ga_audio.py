from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_session_create_response_ga_audio_input import (
        RealtimeSessionCreateResponseGAAudioInput,
    )
    from ..models.realtime_session_create_response_ga_audio_output import (
        RealtimeSessionCreateResponseGAAudioOutput,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeSessionCreateResponseGAAudioInput, \
        RealtimeSessionCreateResponseGAAudioOutput
    from ..models.realtime_session_create_response_ga_audio_input import (
        RealtimeSessionCreateResponseGAAudioInput,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_response_ga_audio_output import (
        RealtimeSessionCreateResponseGAAudioOutput,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeSessionCreateResponseGAAudio")


def _parse_input_(data: object) -> None | RealtimeSessionCreateResponseGAAudioInput | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeSessionCreateResponseGAAudioInput.from_dict(data)
    return cast("None | RealtimeSessionCreateResponseGAAudioInput | Unset", data)


def _parse_output(data: object) -> None | RealtimeSessionCreateResponseGAAudioOutput | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeSessionCreateResponseGAAudioOutput.from_dict(data)
    return cast("None | RealtimeSessionCreateResponseGAAudioOutput | Unset", data)


@_attrs_define
class RealtimeSessionCreateResponseGAAudio:
    """Configuration for input and output audio."""

    input_: None | RealtimeSessionCreateResponseGAAudioInput | Unset = UNSET
    output: None | RealtimeSessionCreateResponseGAAudioOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input",
            "output",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.input_ is not UNSET:
            field_dict["input"] = to_json(self.input_)
        if self.output is not UNSET:
            field_dict["output"] = to_json(self.output)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSessionCreateResponseGAAudio: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_input_ = d.pop("input", UNSET)
        try:
            input_ = _parse_input_(_raw_input_)

        except LENIENT_ERRORS:
            input_ = _raw_input_

        _raw_output = d.pop("output", UNSET)
        try:
            output = _parse_output(_raw_output)

        except LENIENT_ERRORS:
            output = _raw_output

        parsed_obj_ = cls(
            input_=input_,
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
