from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class TranscriptionWord(ApiModel):
    word: str
    """ The text content of the word. """

    start: float
    """ Start time of the word in seconds. """

    end: float
    """ End time of the word in seconds. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("word", "word"),
        ("start", "start"),
        ("end", "end"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "word": "str",
        "start": "float",
        "end": "float",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "word",
        "start",
        "end",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "word",
            "start",
            "end",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        word = d.pop("word", None)

        start = d.pop("start", None)

        end = d.pop("end", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.word = word
        parsed_obj_.start = start
        parsed_obj_.end = end
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
