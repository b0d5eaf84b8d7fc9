from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam
    from ..models.metadata_2 import Metadata2
    from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AutoChunkingStrategyRequestParam, \
        Metadata2, \
        StaticChunkingStrategyRequestParam, \
        VectorStoreExpirationAfter
    from ..models.auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam  # noqa: PLC0415
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateVectorStoreRequest")


def _parse_chunking_strategy(
    data: object,
) -> AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                AutoChunkingStrategyRequestParam,
                StaticChunkingStrategyRequestParam,
            ),
        )
        if variant is None:
            return cast(
                "AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset",
                UnknownVariant(data),
            )
        return cast(
            "AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset",
            variant.from_dict(data),
        )
    return cast(
        "AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset", data
    )


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define
class CreateVectorStoreRequest:
    file_ids: list[str] | Unset = UNSET
    """ A list of [File](/docs/api-reference/files) IDs that the vector store should use. Useful for tools like
    `file_search` that can access files. """
    name: str | Unset = UNSET
    """ The name of the vector store. """
    description: str | Unset = UNSET
    """ A description for the vector store. Can be used to describe the vector store's purpose. """
    expires_after: VectorStoreExpirationAfter | Unset = UNSET
    """ The expiration policy for a vector store. """
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset
    ) = UNSET
    """ The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable
    if `file_ids` is non-empty. """
    metadata: Metadata2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_ids",
            "name",
            "description",
            "expires_after",
            "chunking_strategy",
            "metadata",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.file_ids is not UNSET:
            field_dict["file_ids"] = to_json(self.file_ids)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = to_json(self.expires_after)
        if self.chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = to_json(self.chunking_strategy)
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateVectorStoreRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_file_ids = d.pop("file_ids", UNSET)
        try:
            file_ids = cast("list[str]", _raw_file_ids)

        except LENIENT_ERRORS:
            file_ids = _raw_file_ids

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _raw_expires_after = d.pop("expires_after", UNSET)
        try:
            _expires_after = _raw_expires_after
            expires_after: VectorStoreExpirationAfter | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = VectorStoreExpirationAfter.from_dict(_expires_after)

        except LENIENT_ERRORS:
            expires_after = _raw_expires_after

        _raw_chunking_strategy = d.pop("chunking_strategy", UNSET)
        try:
            chunking_strategy = _parse_chunking_strategy(_raw_chunking_strategy)

        except LENIENT_ERRORS:
            chunking_strategy = _raw_chunking_strategy

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        parsed_obj_ = cls(
            file_ids=file_ids,
            name=name,
            description=description,
            expires_after=expires_after,
            chunking_strategy=chunking_strategy,
            metadata=metadata,
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
