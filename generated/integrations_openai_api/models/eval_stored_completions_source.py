from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Metadata2
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


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


@_attrs_define(repr=False)
class EvalStoredCompletionsSource(ApiModel):
    """A StoredCompletionsRunDataSource configuration describing a set of filters"""

    type: Literal["stored_completions"] = "stored_completions"
    """ The type of source. Always `stored_completions`. """

    metadata: Metadata2 | None = ABSENT

    model: str | None = ABSENT

    created_after: int | None = ABSENT

    created_before: int | None = ABSENT

    limit: int | None = ABSENT

    _sdk_name_: ClassVar[str] = "SourceStoredCompletions"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("created_after", "created_after"),
        ("created_before", "created_before"),
        ("limit", "limit"),
        ("metadata", "metadata"),
        ("model", "model"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['stored_completions']",
        "metadata": "Metadata2 | None | Unset",
        "model": "None | str | Unset",
        "created_after": "int | None | Unset",
        "created_before": "int | None | Unset",
        "limit": "int | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.created_after
        if value_2 is None:
            if "created_after" in present:
                out["created_after"] = None
        else:
            out["created_after"] = to_json(value_2)
        value_3 = self.created_before
        if value_3 is None:
            if "created_before" in present:
                out["created_before"] = None
        else:
            out["created_before"] = to_json(value_3)
        value_4 = self.limit
        if value_4 is None:
            if "limit" in present:
                out["limit"] = None
        else:
            out["limit"] = to_json(value_4)
        value_5 = self.metadata
        if value_5 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_5)
        value_6 = self.model
        if value_6 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_6)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["stored_completions"]', _raw_type_)
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_.model = None if isinstance(model, Unset) else model
        parsed_obj_.created_after = None if isinstance(created_after, Unset) else created_after
        parsed_obj_.created_before = None if isinstance(created_before, Unset) else created_before
        parsed_obj_.limit = None if isinstance(limit, Unset) else limit
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
