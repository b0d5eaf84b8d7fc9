from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class RealtimeTranslationSessionAudioInputTranscription(ApiModel):
    """Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream.

    """

    model: str
    """ The transcription model used for source transcript deltas. """

    _sdk_name_: ClassVar[str] = "AudioInputTranscription"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("model", "model"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "model": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("model",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("model",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.model
        if value_1 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_1
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        model = d.pop("model", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.model = model
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
