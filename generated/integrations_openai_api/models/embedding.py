from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import AbsentList, ApiModel
from ..types import UNSET, Unset


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
        index = d.pop("index", None)

        _raw_embedding = d.pop("embedding", UNSET)
        try:
            embedding = cast("list[float]", _raw_embedding)

        except LENIENT_ERRORS:
            embedding = _raw_embedding

        object_ = d.pop("object", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.index = index
        parsed_obj_.embedding = AbsentList() if isinstance(embedding, Unset) else embedding
        parsed_obj_.object = object_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
