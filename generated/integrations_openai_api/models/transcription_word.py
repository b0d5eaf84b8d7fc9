from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
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
        ("end", "end"),
        ("start", "start"),
        ("word", "word"),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.end
        if value_1 is None:
            if "end" in present:
                out["end"] = None
        else:
            out["end"] = value_1
        value_2 = self.start
        if value_2 is None:
            if "start" in present:
                out["start"] = None
        else:
            out["start"] = value_2
        value_3 = self.word
        if value_3 is None:
            if "word" in present:
                out["word"] = None
        else:
            out["word"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

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
