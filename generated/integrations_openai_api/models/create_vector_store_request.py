from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define(repr=False)
class CreateVectorStoreRequest(ApiModel):
    file_ids: list[str] | None = ABSENT
    """ A list of [File](https://platform.openai.com/docs/api-reference/files) IDs that the vector store should use.
    Useful for tools like `file_search` that can access files. """

    name: str | None = ABSENT
    """ The name of the vector store. """

    description: str | None = ABSENT
    """ A description for the vector store. Can be used to describe the vector store's purpose. """

    expires_after: VectorStoreExpirationAfter | None = ABSENT
    """ The expiration policy for a vector store. """

    chunking_strategy: (
        AutoChunkingStrategyRequestParam
        | StaticChunkingStrategyRequestParam
        | UnknownVariant
        | None
    ) = ABSENT
    """ The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable
    if `file_ids` is non-empty. """

    metadata: Metadata2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_ids", "file_ids"),
        ("name", "name"),
        ("description", "description"),
        ("expires_after", "expires_after"),
        ("chunking_strategy", "chunking_strategy"),
        ("metadata", "metadata"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file_ids": "list[str] | Unset",
        "name": "str | Unset",
        "description": "str | Unset",
        "expires_after": "VectorStoreExpirationAfter | Unset",
        "chunking_strategy": "AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | Unset",
        "metadata": "Metadata2 | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.file_ids
        if value_1 is None:
            if "file_ids" in present:
                out["file_ids"] = None
        else:
            out["file_ids"] = to_json(value_1)
        value_2 = self.name
        if value_2 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_2
        value_3 = self.description
        if value_3 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = value_3
        value_4 = self.expires_after
        if value_4 is None:
            if "expires_after" in present:
                out["expires_after"] = None
        else:
            out["expires_after"] = to_json(value_4)
        value_5 = self.chunking_strategy
        if value_5 is None:
            if "chunking_strategy" in present:
                out["chunking_strategy"] = None
        else:
            out["chunking_strategy"] = to_json(value_5)
        value_6 = self.metadata
        if value_6 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_6)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_file_ids = get_("file_ids", UNSET)
        try:
            file_ids = cast("list[str]", _raw_file_ids)

        except LENIENT_ERRORS:
            file_ids = _raw_file_ids
        parsed_obj_.file_ids = None if isinstance(file_ids, Unset) else file_ids
        parsed_obj_.name = get_("name")
        parsed_obj_.description = get_("description")
        expires_after = get_("expires_after")
        if expires_after is not None:
            try:
                expires_after = (
                    VectorStoreExpirationAfter._from_dict_(expires_after)
                    if expires_after.__class__ is dict
                    else VectorStoreExpirationAfter.from_dict(expires_after)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.expires_after = expires_after
        _raw_chunking_strategy = get_("chunking_strategy", UNSET)
        if _raw_chunking_strategy is not UNSET:
            try:
                chunking_strategy = _parse_chunking_strategy(_raw_chunking_strategy)

            except LENIENT_ERRORS:
                chunking_strategy = _raw_chunking_strategy
        else:
            chunking_strategy = _raw_chunking_strategy
        parsed_obj_.chunking_strategy = (
            None if isinstance(chunking_strategy, Unset) else chunking_strategy
        )
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
