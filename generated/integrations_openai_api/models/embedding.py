from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="Embedding")


@_attrs_define
class Embedding:
    """Represents an embedding vector returned by embedding endpoint."""

    index: int
    """ The index of the embedding in the list of embeddings. """
    embedding: list[float]
    """ The embedding vector, which is a list of floats. The length of vector depends on the model as listed in the
    [embedding guide](/docs/guides/embeddings).
     """
    object_: Literal["embedding"] = "embedding"
    """ The object type, which is always "embedding". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.index, Unset):
            field_dict["index"] = self.index
        if not isinstance(self.embedding, Unset):
            field_dict["embedding"] = to_json(self.embedding)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Embedding: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        _raw_embedding = d.pop("embedding", UNSET)
        try:
            embedding = cast("list[float]", _raw_embedding)

        except LENIENT_ERRORS:
            embedding = _raw_embedding

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['embedding']", _raw_object_)
            if object_ != "embedding":
                raise ValueError(f"object must match const 'embedding', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        parsed_obj_ = cls(
            index=index,
            embedding=embedding,
            object_=object_,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
