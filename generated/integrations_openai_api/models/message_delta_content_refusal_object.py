from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class MessageDeltaContentRefusalObject(ApiModel):
    """The refusal content that is part of a message."""

    index: int
    """ The index of the refusal part in the message. """

    type: Literal["refusal"] = "refusal"
    """ Always `refusal`. """

    refusal: str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("type", "type"),
        ("refusal", "refusal"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "index": "int",
        "type": "Literal['refusal']",
        "refusal": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("refusal",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "index",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "index",
            "type",
            "refusal",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        index = d.pop("index", None)

        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["refusal"]', _raw_type_)
            if type_ != "refusal":
                raise ValueError(f"type must match const 'refusal', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        refusal = d.pop("refusal", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.index = index
        parsed_obj_.type = type_
        parsed_obj_.refusal = refusal
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
