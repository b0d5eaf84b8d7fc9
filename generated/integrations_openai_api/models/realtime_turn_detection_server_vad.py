from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTurnDetectionServerVAD")


def _parse_threshold(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_prefix_padding_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_silence_duration_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_create_response(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_interrupt_response(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_idle_timeout_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class RealtimeTurnDetectionServerVAD:
    """Server-side voice activity detection (VAD) which flips on when user speech is detected and off after a period of
    silence.

    """

    type_: Literal["server_vad"] = "server_vad"
    """ Type of turn detection, `server_vad` to turn on simple Server VAD.
     """
    threshold: float | None | Unset = UNSET
    """ Used only for `server_vad` mode. Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
     """
    prefix_padding_ms: int | None | Unset = UNSET
    """ Used only for `server_vad` mode. Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms.
     """
    silence_duration_ms: int | None | Unset = UNSET
    """ Used only for `server_vad` mode. Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
     """
    create_response: bool | None | Unset = UNSET
    """ Whether or not to automatically generate a response when a VAD stop event occurs. If `interrupt_response` is
    set to `false` this may fail to create a response if the model is already responding.

    If both `create_response` and `interrupt_response` are set to `false`, the model will never respond
    automatically but VAD events will still be emitted.

    Server default: `true`. """
    interrupt_response: bool | None | Unset = UNSET
    """ Whether or not to automatically interrupt (cancel) any ongoing response with output to the default
    conversation (i.e. `conversation` of `auto`) when a VAD start event occurs. If `true` then the response will be
    cancelled, otherwise it will continue until complete.

    If both `create_response` and `interrupt_response` are set to `false`, the model will never respond
    automatically but VAD events will still be emitted.

    Server default: `true`. """
    idle_timeout_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("server_vad",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "threshold",
            "prefix_padding_ms",
            "silence_duration_ms",
            "create_response",
            "interrupt_response",
            "idle_timeout_ms",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.threshold is not UNSET:
            field_dict["threshold"] = to_json(self.threshold)
        if self.prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = to_json(self.prefix_padding_ms)
        if self.silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = to_json(self.silence_duration_ms)
        if self.create_response is not UNSET:
            field_dict["create_response"] = to_json(self.create_response)
        if self.interrupt_response is not UNSET:
            field_dict["interrupt_response"] = to_json(self.interrupt_response)
        if self.idle_timeout_ms is not UNSET:
            field_dict["idle_timeout_ms"] = to_json(self.idle_timeout_ms)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTurnDetectionServerVAD: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['server_vad']", _raw_type_)
            if type_ != "server_vad":
                raise ValueError(f"type must match const 'server_vad', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_threshold = d.pop("threshold", UNSET)
        try:
            threshold = _parse_threshold(_raw_threshold)

        except LENIENT_ERRORS:
            threshold = _raw_threshold

        _raw_prefix_padding_ms = d.pop("prefix_padding_ms", UNSET)
        try:
            prefix_padding_ms = _parse_prefix_padding_ms(_raw_prefix_padding_ms)

        except LENIENT_ERRORS:
            prefix_padding_ms = _raw_prefix_padding_ms

        _raw_silence_duration_ms = d.pop("silence_duration_ms", UNSET)
        try:
            silence_duration_ms = _parse_silence_duration_ms(_raw_silence_duration_ms)

        except LENIENT_ERRORS:
            silence_duration_ms = _raw_silence_duration_ms

        _raw_create_response = d.pop("create_response", UNSET)
        try:
            create_response = _parse_create_response(_raw_create_response)

        except LENIENT_ERRORS:
            create_response = _raw_create_response

        _raw_interrupt_response = d.pop("interrupt_response", UNSET)
        try:
            interrupt_response = _parse_interrupt_response(_raw_interrupt_response)

        except LENIENT_ERRORS:
            interrupt_response = _raw_interrupt_response

        _raw_idle_timeout_ms = d.pop("idle_timeout_ms", UNSET)
        try:
            idle_timeout_ms = _parse_idle_timeout_ms(_raw_idle_timeout_ms)

        except LENIENT_ERRORS:
            idle_timeout_ms = _raw_idle_timeout_ms

        parsed_obj_ = cls(
            type_=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
            create_response=create_response,
            interrupt_response=interrupt_response,
            idle_timeout_ms=idle_timeout_ms,
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
