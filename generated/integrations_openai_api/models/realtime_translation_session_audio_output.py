from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_language(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class RealtimeTranslationSessionAudioOutput(ApiModel):
    language: str | None = ABSENT
    """ Target language for translated output audio and transcript deltas.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("language", "language"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "language": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("language",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_language = d.pop("language", UNSET)
        try:
            language = _parse_language(_raw_language)

        except LENIENT_ERRORS:
            language = _raw_language

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.language = None if isinstance(language, Unset) else language
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
