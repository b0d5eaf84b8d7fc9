from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import as_float, to_json
from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class RealtimeSessionCreateResponseAudioInputTurnDetection(ApiModel):
    """Configuration for turn detection."""

    type: str | None = ABSENT
    """ Type of turn detection, only `server_vad` is currently supported.
     """

    threshold: float | None = ABSENT

    prefix_padding_ms: int | None = ABSENT

    silence_duration_ms: int | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("threshold", "threshold"),
        ("prefix_padding_ms", "prefix_padding_ms"),
        ("silence_duration_ms", "silence_duration_ms"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "str | Unset",
        "threshold": "float | Unset",
        "prefix_padding_ms": "int | Unset",
        "silence_duration_ms": "int | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.threshold
        if value_2 is None:
            if "threshold" in present:
                out["threshold"] = None
        else:
            out["threshold"] = value_2
        value_3 = self.prefix_padding_ms
        if value_3 is None:
            if "prefix_padding_ms" in present:
                out["prefix_padding_ms"] = None
        else:
            out["prefix_padding_ms"] = value_3
        value_4 = self.silence_duration_ms
        if value_4 is None:
            if "silence_duration_ms" in present:
                out["silence_duration_ms"] = None
        else:
            out["silence_duration_ms"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        type_ = d.pop("type", None)

        threshold = as_float(d.pop("threshold", None))

        prefix_padding_ms = d.pop("prefix_padding_ms", None)

        silence_duration_ms = d.pop("silence_duration_ms", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.threshold = threshold
        parsed_obj_.prefix_padding_ms = prefix_padding_ms
        parsed_obj_.silence_duration_ms = silence_duration_ms
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
