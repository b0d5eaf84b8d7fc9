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
class HybridSearchOptions(ApiModel):
    embedding_weight: float
    """ The weight of the embedding in the reciprocal ranking fusion. """

    text_weight: float
    """ The weight of the text in the reciprocal ranking fusion. """

    _sdk_name_: ClassVar[str] = "RankingOptionsHybridSearch"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("embedding_weight", "embedding_weight"),
        ("text_weight", "text_weight"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "embedding_weight": "float",
        "text_weight": "float",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "embedding_weight",
        "text_weight",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "embedding_weight",
            "text_weight",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.embedding_weight
        if value_1 is None:
            if "embedding_weight" in present:
                out["embedding_weight"] = None
        else:
            out["embedding_weight"] = value_1
        value_2 = self.text_weight
        if value_2 is None:
            if "text_weight" in present:
                out["text_weight"] = None
        else:
            out["text_weight"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.embedding_weight = as_float(get_("embedding_weight"))
        parsed_obj_.text_weight = as_float(get_("text_weight"))
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
