from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class RealtimeConversationItemMessageSystemContentItem(ApiModel):
    type: Literal["input_text"] | None = "input_text"
    """ The content type. Always `input_text` for system messages. """

    text: str | None = ABSENT
    """ The text content. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("text", "text"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['input_text'] | Unset",
        "text": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("input_text",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "text",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast('Literal["input_text"] | Unset', _raw_type_)
            if type_ != "input_text" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'input_text', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        text = d.pop("text", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.text = text
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
