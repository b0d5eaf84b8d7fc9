from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import as_float, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.word = get_("word")
        parsed_obj_.start = as_float(get_("start"))
        parsed_obj_.end = as_float(get_("end"))
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
