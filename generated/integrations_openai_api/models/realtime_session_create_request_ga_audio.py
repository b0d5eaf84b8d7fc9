from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.realtime_session_create_request_ga_audio_input import (
        RealtimeSessionCreateRequestGAAudioInput,
    )
    from ..models.realtime_session_create_request_ga_audio_output import (
        RealtimeSessionCreateRequestGAAudioOutput,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeSessionCreateRequestGAAudioInput, \
        RealtimeSessionCreateRequestGAAudioOutput
    from ..models.realtime_session_create_request_ga_audio_input import (
        RealtimeSessionCreateRequestGAAudioInput,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_request_ga_audio_output import (
        RealtimeSessionCreateRequestGAAudioOutput,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeSessionCreateRequestGAAudio(ApiModel):
    """Configuration for input and output audio."""

    input: RealtimeSessionCreateRequestGAAudioInput | None = ABSENT

    output: RealtimeSessionCreateRequestGAAudioOutput | None = ABSENT

    _sdk_name_: ClassVar[str] = "RealtimeAudioConfig"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "input": {"RealtimeSessionCreateRequestGAAudioInput": "RealtimeAudioConfigInput"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input", "input"),
        ("output", "output"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "input": "RealtimeSessionCreateRequestGAAudioInput | Unset",
        "output": "RealtimeSessionCreateRequestGAAudioOutput | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input",
            "output",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input
        if value_1 is None:
            if "input" in present:
                out["input"] = None
        else:
            out["input"] = to_json(value_1)
        value_2 = self.output
        if value_2 is None:
            if "output" in present:
                out["output"] = None
        else:
            out["output"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        input_ = get_("input")
        if input_ is not None:
            try:
                input_ = (
                    RealtimeSessionCreateRequestGAAudioInput._from_dict_(input_)
                    if input_.__class__ is dict
                    else RealtimeSessionCreateRequestGAAudioInput.from_dict(input_)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.input = input_
        output = get_("output")
        if output is not None:
            try:
                output = (
                    RealtimeSessionCreateRequestGAAudioOutput._from_dict_(output)
                    if output.__class__ is dict
                    else RealtimeSessionCreateRequestGAAudioOutput.from_dict(output)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.output = output
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
