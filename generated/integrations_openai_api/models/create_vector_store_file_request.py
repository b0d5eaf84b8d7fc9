from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class CreateVectorStoreFileRequest(ApiModel):
    file_id: str
    """ A [File](/docs/api-reference/files) ID that the vector store should use. Useful for tools like `file_search`
    that can access files. For multi-file ingestion, we recommend [`file_batches`](/docs/api-reference/vector-
    stores-file-batches/createBatch) to minimize per-vector-store write requests. """

    chunking_strategy: (
        AutoChunkingStrategyRequestParam
        | StaticChunkingStrategyRequestParam
        | UnknownVariant
        | None
    ) = ABSENT
    """ The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. """

    attributes: VectorStoreFileAttributes2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_id", "file_id"),
        ("chunking_strategy", "chunking_strategy"),
        ("attributes", "attributes"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file_id": "str",
        "chunking_strategy": "AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset",
        "attributes": "None | Unset | VectorStoreFileAttributes2",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("file_id",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "chunking_strategy",
            "attributes",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        file_id = d.pop("file_id", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.file_id = file_id
        parsed_obj_.chunking_strategy = (
            None if isinstance(chunking_strategy, Unset) else chunking_strategy
        )
        parsed_obj_.attributes = None if isinstance(attributes, Unset) else attributes
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
