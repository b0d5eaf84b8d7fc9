from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class RealtimeTranslationSessionAudioOutput(ApiModel):
    language: str | None = ABSENT
    """ Target language for translated output audio and transcript deltas.
     """

    _sdk_name_: ClassVar[str] = "AudioOutput"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("language", "language"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "language": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("language",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.language
        if value_1 is None:
            if "language" in present:
                out["language"] = None
        else:
            out["language"] = value_1
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        language = d.pop("language", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.language = language
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
