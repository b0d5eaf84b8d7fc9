from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategyStatic",
)


@_attrs_define
class CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategyStatic:
    max_chunk_size_tokens: int
    """ The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the
    maximum value is `4096`. """
    chunk_overlap_tokens: int
    """ The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.max_chunk_size_tokens, Unset):
            field_dict["max_chunk_size_tokens"] = self.max_chunk_size_tokens
        if not isinstance(self.chunk_overlap_tokens, Unset):
            field_dict["chunk_overlap_tokens"] = self.chunk_overlap_tokens
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategyStatic: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        max_chunk_size_tokens = d.pop("max_chunk_size_tokens", UNSET)

        chunk_overlap_tokens = d.pop("chunk_overlap_tokens", UNSET)

        parsed_obj_ = cls(
            max_chunk_size_tokens=max_chunk_size_tokens,
            chunk_overlap_tokens=chunk_overlap_tokens,
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
