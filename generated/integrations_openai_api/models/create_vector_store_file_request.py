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
    from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AutoChunkingStrategyRequestParam, \
        StaticChunkingStrategyRequestParam, \
        VectorStoreFileAttributes2
    from ..models.auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam  # noqa: PLC0415
    from ..models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam  # noqa: PLC0415
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateVectorStoreFileRequest")


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


def _parse_attributes(data: object) -> None | Unset | VectorStoreFileAttributes2:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return VectorStoreFileAttributes2.from_dict(data)
    return cast("None | Unset | VectorStoreFileAttributes2", data)


@_attrs_define
class CreateVectorStoreFileRequest:
    file_id: str
    """ A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search`
    that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-
    stores-file-batches/createBatch) to minimize per-vector-store write requests. """
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset
    ) = UNSET
    """ The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. """
    attributes: None | Unset | VectorStoreFileAttributes2 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("file_id",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "chunking_strategy",
            "attributes",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.file_id, Unset):
            field_dict["file_id"] = self.file_id
        if self.chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = to_json(self.chunking_strategy)
        if self.attributes is not UNSET:
            field_dict["attributes"] = to_json(self.attributes)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateVectorStoreFileRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)

        _raw_chunking_strategy = d.pop("chunking_strategy", UNSET)
        try:
            chunking_strategy = _parse_chunking_strategy(_raw_chunking_strategy)

        except LENIENT_ERRORS:
            chunking_strategy = _raw_chunking_strategy

        _raw_attributes = d.pop("attributes", UNSET)
        try:
            attributes = _parse_attributes(_raw_attributes)

        except LENIENT_ERRORS:
            attributes = _raw_attributes

        parsed_obj_ = cls(
            file_id=file_id,
            chunking_strategy=chunking_strategy,
            attributes=attributes,
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
