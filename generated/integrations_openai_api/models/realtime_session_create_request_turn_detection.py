from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_type_(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


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


@_attrs_define(repr=False)
class RealtimeSessionCreateRequestTurnDetection(ApiModel):
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.

    """

    type: str | None = ABSENT
    """ Type of turn detection, only `server_vad` is currently supported.
     """

    threshold: float | None = ABSENT
    """ Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
     """

    prefix_padding_ms: int | None = ABSENT
    """ Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms.
     """

    silence_duration_ms: int | None = ABSENT
    """ Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("threshold", "threshold"),
        ("prefix_padding_ms", "prefix_padding_ms"),
        ("silence_duration_ms", "silence_duration_ms"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "None | str | Unset",
        "threshold": "float | None | Unset",
        "prefix_padding_ms": "int | None | Unset",
        "silence_duration_ms": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "threshold",
            "prefix_padding_ms",
            "silence_duration_ms",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _parse_type_(_raw_type_)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.threshold = None if isinstance(threshold, Unset) else threshold
        parsed_obj_.prefix_padding_ms = (
            None if isinstance(prefix_padding_ms, Unset) else prefix_padding_ms
        )
        parsed_obj_.silence_duration_ms = (
            None if isinstance(silence_duration_ms, Unset) else silence_duration_ms
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
