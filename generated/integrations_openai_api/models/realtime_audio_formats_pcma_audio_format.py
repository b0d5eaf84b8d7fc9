from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class RealtimeAudioFormatsPCMAAudioFormat(ApiModel):
    """The G.711 A-law format."""

    type: Literal["audio/pcma"] | None = "audio/pcma"
    """ The audio format. Always `audio/pcma`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['audio/pcma'] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("audio/pcma",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("type",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast('Literal["audio/pcma"] | Unset', _raw_type_)
            if type_ != "audio/pcma" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'audio/pcma', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
