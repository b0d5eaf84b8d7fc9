from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Metadata2
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="EvalStoredCompletionsSource")


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


def _parse_model(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_created_after(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_created_before(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_limit(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class EvalStoredCompletionsSource:
    """A StoredCompletionsRunDataSource configuration describing a set of filters"""

    type_: Literal["stored_completions"] = "stored_completions"
    """ The type of source. Always `stored_completions`. """
    metadata: Metadata2 | None | Unset = UNSET
    model: None | str | Unset = UNSET
    created_after: int | None | Unset = UNSET
    created_before: int | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("stored_completions",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "metadata",
            "model",
            "created_after",
            "created_before",
            "limit",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        if self.model is not UNSET:
            field_dict["model"] = to_json(self.model)
        if self.created_after is not UNSET:
            field_dict["created_after"] = to_json(self.created_after)
        if self.created_before is not UNSET:
            field_dict["created_before"] = to_json(self.created_before)
        if self.limit is not UNSET:
            field_dict["limit"] = to_json(self.limit)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalStoredCompletionsSource: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['stored_completions']", _raw_type_)
            if type_ != "stored_completions":
                raise ValueError(f"type must match const 'stored_completions', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        _raw_created_after = d.pop("created_after", UNSET)
        try:
            created_after = _parse_created_after(_raw_created_after)

        except LENIENT_ERRORS:
            created_after = _raw_created_after

        _raw_created_before = d.pop("created_before", UNSET)
        try:
            created_before = _parse_created_before(_raw_created_before)

        except LENIENT_ERRORS:
            created_before = _raw_created_before

        _raw_limit = d.pop("limit", UNSET)
        try:
            limit = _parse_limit(_raw_limit)

        except LENIENT_ERRORS:
            limit = _raw_limit

        parsed_obj_ = cls(
            type_=type_,
            metadata=metadata,
            model=model,
            created_after=created_after,
            created_before=created_before,
            limit=limit,
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
