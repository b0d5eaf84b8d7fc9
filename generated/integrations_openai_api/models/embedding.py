from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
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
class Embedding(ApiModel):
    """Represents an embedding vector returned by embedding endpoint."""

    index: int
    """ The index of the embedding in the list of embeddings. """

    embedding: list[float]
    """ The embedding vector, which is a list of floats. The length of vector depends on the model as listed in the
    [embedding guide](https://platform.openai.com/docs/guides/embeddings).
     """

    object: Literal["embedding"] = "embedding"
    """ The object type, which is always "embedding". """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("embedding", "embedding"),
        ("index", "index"),
        ("object", "object"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "index": "int",
        "embedding": "list[float]",
        "object": "Literal['embedding']",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("embedding",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "index",
        "embedding",
        "object",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "index",
            "embedding",
            "object",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.embedding
        if value_1 is None:
            if "embedding" in present:
                out["embedding"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "embedding" in present:
            out["embedding"] = to_json(value_1)
        value_2 = self.index
        if value_2 is None:
            if "index" in present:
                out["index"] = None
        else:
            out["index"] = value_2
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.index = get_("index")
        _raw_embedding = get_("embedding", UNSET)
        try:
            embedding = cast("list[float]", _raw_embedding)

        except LENIENT_ERRORS:
            embedding = _raw_embedding
        parsed_obj_.embedding = AbsentList() if isinstance(embedding, Unset) else embedding
        parsed_obj_.object = get_("object")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
