from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_2 import Metadata2
    from ..models.update_vector_store_request_expires_after import (
        UpdateVectorStoreRequestExpiresAfter,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Metadata2, UpdateVectorStoreRequestExpiresAfter
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.update_vector_store_request_expires_after import (
        UpdateVectorStoreRequestExpiresAfter,  # noqa: PLC0415
    )

    _lazy_loaded = True


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_expires_after(data: object) -> None | Unset | UpdateVectorStoreRequestExpiresAfter:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return UpdateVectorStoreRequestExpiresAfter.from_dict(data)
    return cast("None | Unset | UpdateVectorStoreRequestExpiresAfter", data)


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define(repr=False)
class UpdateVectorStoreRequest(ApiModel):
    name: str | None = ABSENT
    """ The name of the vector store. """

    expires_after: UpdateVectorStoreRequestExpiresAfter | None = ABSENT
    """ The expiration policy for a vector store. """

    metadata: Metadata2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("expires_after", "expires_after"),
        ("metadata", "metadata"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "None | str | Unset",
        "expires_after": "None | Unset | UpdateVectorStoreRequestExpiresAfter",
        "metadata": "Metadata2 | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "expires_after",
            "metadata",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        _raw_expires_after = d.pop("expires_after", UNSET)
        try:
            expires_after = _parse_expires_after(_raw_expires_after)

        except LENIENT_ERRORS:
            expires_after = _raw_expires_after

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = None if isinstance(name, Unset) else name
        parsed_obj_.expires_after = None if isinstance(expires_after, Unset) else expires_after
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
