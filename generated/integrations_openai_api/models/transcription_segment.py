from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class TranscriptionSegment(ApiModel):
    id: int
    """ Unique identifier of the segment. """

    seek: int
    """ Seek offset of the segment. """

    start: float
    """ Start time of the segment in seconds. """

    end: float
    """ End time of the segment in seconds. """

    text: str
    """ Text content of the segment. """

    tokens: list[int]
    """ Array of token IDs for the text content. """

    temperature: float
    """ Temperature parameter used for generating the segment. """

    avg_logprob: float
    """ Average logprob of the segment. If the value is lower than -1, consider the logprobs failed. """

    compression_ratio: float
    """ Compression ratio of the segment. If the value is greater than 2.4, consider the compression failed. """

    no_speech_prob: float
    """ Probability of no speech in the segment. If the value is higher than 1.0 and the `avg_logprob` is below -1,
    consider this segment silent. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("avg_logprob", "avg_logprob"),
        ("compression_ratio", "compression_ratio"),
        ("end", "end"),
        ("no_speech_prob", "no_speech_prob"),
        ("seek", "seek"),
        ("start", "start"),
        ("temperature", "temperature"),
        ("text", "text"),
        ("tokens", "tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "int",
        "seek": "int",
        "start": "float",
        "end": "float",
        "text": "str",
        "tokens": "list[int]",
        "temperature": "float",
        "avg_logprob": "float",
        "compression_ratio": "float",
        "no_speech_prob": "float",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "seek",
        "start",
        "end",
        "text",
        "tokens",
        "temperature",
        "avg_logprob",
        "compression_ratio",
        "no_speech_prob",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "seek",
            "start",
            "end",
            "text",
            "tokens",
            "temperature",
            "avg_logprob",
            "compression_ratio",
            "no_speech_prob",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.avg_logprob
        if value_2 is None:
            if "avg_logprob" in present:
                out["avg_logprob"] = None
        else:
            out["avg_logprob"] = value_2
        value_3 = self.compression_ratio
        if value_3 is None:
            if "compression_ratio" in present:
                out["compression_ratio"] = None
        else:
            out["compression_ratio"] = value_3
        value_4 = self.end
        if value_4 is None:
            if "end" in present:
                out["end"] = None
        else:
            out["end"] = value_4
        value_5 = self.no_speech_prob
        if value_5 is None:
            if "no_speech_prob" in present:
                out["no_speech_prob"] = None
        else:
            out["no_speech_prob"] = value_5
        value_6 = self.seek
        if value_6 is None:
            if "seek" in present:
                out["seek"] = None
        else:
            out["seek"] = value_6
        value_7 = self.start
        if value_7 is None:
            if "start" in present:
                out["start"] = None
        else:
            out["start"] = value_7
        value_8 = self.temperature
        if value_8 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = value_8
        value_9 = self.text
        if value_9 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_9
        value_10 = self.tokens
        if value_10 is None:
            if "tokens" in present:
                out["tokens"] = None
        elif value_10 or not isinstance(value_10, AbsentList) or "tokens" in present:
            out["tokens"] = to_json(value_10)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.seek = get_("seek")
        parsed_obj_.start = as_float(get_("start"))
        parsed_obj_.end = as_float(get_("end"))
        parsed_obj_.text = get_("text")
        _raw_tokens = get_("tokens", UNSET)
        try:
            tokens = cast("list[int]", _raw_tokens)

        except LENIENT_ERRORS:
            tokens = _raw_tokens
        parsed_obj_.tokens = AbsentList() if isinstance(tokens, Unset) else tokens
        parsed_obj_.temperature = as_float(get_("temperature"))
        parsed_obj_.avg_logprob = as_float(get_("avg_logprob"))
        parsed_obj_.compression_ratio = as_float(get_("compression_ratio"))
        parsed_obj_.no_speech_prob = as_float(get_("no_speech_prob"))
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
