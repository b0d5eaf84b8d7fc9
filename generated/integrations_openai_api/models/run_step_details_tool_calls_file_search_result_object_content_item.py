from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_text(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class RunStepDetailsToolCallsFileSearchResultObjectContentItem(ApiModel):
    type: Literal["text"] | None = "text"
    """ The type of the content. """

    text: str | None = ABSENT
    """ The text content of the file. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("text", "text"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['text'] | Unset",
        "text": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("text",),
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
            type_ = cast('Literal["text"] | Unset', _raw_type_)
            if type_ != "text" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'text', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_text = d.pop("text", UNSET)
        try:
            text = _parse_text(_raw_text)

        except LENIENT_ERRORS:
            text = _raw_text

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.text = None if isinstance(text, Unset) else text
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
