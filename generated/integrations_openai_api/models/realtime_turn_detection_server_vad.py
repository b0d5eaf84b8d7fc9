from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import as_float, to_json
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
class RealtimeTurnDetectionServerVAD(ApiModel):
    """Server-side voice activity detection (VAD) which flips on when user speech is detected and off after a period of
    silence.

    """

    type: Literal["server_vad"] = "server_vad"
    """ Type of turn detection, `server_vad` to turn on simple Server VAD.
     """

    threshold: float | None = ABSENT
    """ Used only for `server_vad` mode. Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
     """

    prefix_padding_ms: int | None = ABSENT
    """ Used only for `server_vad` mode. Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms.
     """

    silence_duration_ms: int | None = ABSENT
    """ Used only for `server_vad` mode. Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
     """

    create_response: bool | None = ABSENT
    """ Whether or not to automatically generate a response when a VAD stop event occurs. If `interrupt_response` is
    set to `false` this may fail to create a response if the model is already responding.

    If both `create_response` and `interrupt_response` are set to `false`, the model will never respond
    automatically but VAD events will still be emitted.

    Server default: `true`. """

    interrupt_response: bool | None = ABSENT
    """ Whether or not to automatically interrupt (cancel) any ongoing response with output to the default
    conversation (i.e. `conversation` of `auto`) when a VAD start event occurs. If `true` then the response will be
    cancelled, otherwise it will continue until complete.

    If both `create_response` and `interrupt_response` are set to `false`, the model will never respond
    automatically but VAD events will still be emitted.

    Server default: `true`. """

    idle_timeout_ms: int | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("create_response", "create_response"),
        ("idle_timeout_ms", "idle_timeout_ms"),
        ("interrupt_response", "interrupt_response"),
        ("prefix_padding_ms", "prefix_padding_ms"),
        ("silence_duration_ms", "silence_duration_ms"),
        ("threshold", "threshold"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['server_vad']",
        "threshold": "float | Unset",
        "prefix_padding_ms": "int | Unset",
        "silence_duration_ms": "int | Unset",
        "create_response": "bool | Unset",
        "interrupt_response": "bool | Unset",
        "idle_timeout_ms": "int | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.create_response
        if value_2 is None:
            if "create_response" in present:
                out["create_response"] = None
        else:
            out["create_response"] = value_2
        value_3 = self.idle_timeout_ms
        if value_3 is None:
            if "idle_timeout_ms" in present:
                out["idle_timeout_ms"] = None
        else:
            out["idle_timeout_ms"] = to_json(value_3)
        value_4 = self.interrupt_response
        if value_4 is None:
            if "interrupt_response" in present:
                out["interrupt_response"] = None
        else:
            out["interrupt_response"] = value_4
        value_5 = self.prefix_padding_ms
        if value_5 is None:
            if "prefix_padding_ms" in present:
                out["prefix_padding_ms"] = None
        else:
            out["prefix_padding_ms"] = value_5
        value_6 = self.silence_duration_ms
        if value_6 is None:
            if "silence_duration_ms" in present:
                out["silence_duration_ms"] = None
        else:
            out["silence_duration_ms"] = value_6
        value_7 = self.threshold
        if value_7 is None:
            if "threshold" in present:
                out["threshold"] = None
        else:
            out["threshold"] = value_7
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.threshold = as_float(get_("threshold"))
        parsed_obj_.prefix_padding_ms = get_("prefix_padding_ms")
        parsed_obj_.silence_duration_ms = get_("silence_duration_ms")
        parsed_obj_.create_response = get_("create_response")
        parsed_obj_.interrupt_response = get_("interrupt_response")
        parsed_obj_.idle_timeout_ms = get_("idle_timeout_ms")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
