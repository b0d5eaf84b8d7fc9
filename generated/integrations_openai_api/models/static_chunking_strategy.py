from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class StaticChunkingStrategy(ApiModel):
    max_chunk_size_tokens: int
    """ The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the
    maximum value is `4096`. """

    chunk_overlap_tokens: int
    """ The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`.
     """

    _sdk_name_: ClassVar[str] = "StaticFileChunkingStrategy"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("chunk_overlap_tokens", "chunk_overlap_tokens"),
        ("max_chunk_size_tokens", "max_chunk_size_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "max_chunk_size_tokens": "int",
        "chunk_overlap_tokens": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "max_chunk_size_tokens",
        "chunk_overlap_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "max_chunk_size_tokens",
            "chunk_overlap_tokens",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.chunk_overlap_tokens
        if value_1 is None:
            if "chunk_overlap_tokens" in present:
                out["chunk_overlap_tokens"] = None
        else:
            out["chunk_overlap_tokens"] = value_1
        value_2 = self.max_chunk_size_tokens
        if value_2 is None:
            if "max_chunk_size_tokens" in present:
                out["max_chunk_size_tokens"] = None
        else:
            out["max_chunk_size_tokens"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.max_chunk_size_tokens = get_("max_chunk_size_tokens")
        parsed_obj_.chunk_overlap_tokens = get_("chunk_overlap_tokens")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
