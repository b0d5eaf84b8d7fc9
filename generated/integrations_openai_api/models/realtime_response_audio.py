from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_response_audio_output import RealtimeResponseAudioOutput

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeResponseAudioOutput
    from ..models.realtime_response_audio_output import RealtimeResponseAudioOutput  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class RealtimeResponseAudio(ApiModel):
    """Configuration for audio output."""

    output: RealtimeResponseAudioOutput | None = ABSENT

    _sdk_name_: ClassVar[str] = "Audio"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("output", "output"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "output": "RealtimeResponseAudioOutput | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("output",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.output
        if value_1 is None:
            if "output" in present:
                out["output"] = None
        else:
            out["output"] = to_json(value_1)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_output = d.pop("output", UNSET)
        try:
            _output = _raw_output
            output: RealtimeResponseAudioOutput | Unset
            if isinstance(_output, Unset):
                output = UNSET
            else:
                output = RealtimeResponseAudioOutput.from_dict(_output)

        except LENIENT_ERRORS:
            output = _raw_output

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.output = None if isinstance(output, Unset) else output
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
