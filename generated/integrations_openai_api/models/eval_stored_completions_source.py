from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Metadata2
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_.model = get_("model")
        parsed_obj_.created_after = get_("created_after")
        parsed_obj_.created_before = get_("created_before")
        parsed_obj_.limit = get_("limit")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
