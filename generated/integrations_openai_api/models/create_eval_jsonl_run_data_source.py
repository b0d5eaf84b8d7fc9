from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_jsonl_file_content_source import EvalJsonlFileContentSource
    from ..models.eval_jsonl_file_id_source import EvalJsonlFileIdSource

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EvalJsonlFileContentSource, EvalJsonlFileIdSource
    from ..models.eval_jsonl_file_content_source import EvalJsonlFileContentSource  # noqa: PLC0415
    from ..models.eval_jsonl_file_id_source import EvalJsonlFileIdSource  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateEvalJsonlRunDataSource")


def _parse_source(data: object) -> EvalJsonlFileContentSource | EvalJsonlFileIdSource:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                EvalJsonlFileContentSource,
                EvalJsonlFileIdSource,
            ),
        )
        if variant is None:
            return cast("EvalJsonlFileContentSource | EvalJsonlFileIdSource", UnknownVariant(data))
        return cast("EvalJsonlFileContentSource | EvalJsonlFileIdSource", variant.from_dict(data))
    return cast("EvalJsonlFileContentSource | EvalJsonlFileIdSource", data)


@_attrs_define
class CreateEvalJsonlRunDataSource:
    """A JsonlRunDataSource object with that specifies a JSONL file that matches the eval"""

    source: EvalJsonlFileContentSource | EvalJsonlFileIdSource
    """ Determines what populates the `item` namespace in the data source. """
    type_: Literal["jsonl"] = "jsonl"
    """ The type of data source. Always `jsonl`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("jsonl",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "source",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "source",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.source, Unset):
            field_dict["source"] = to_json(self.source)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateEvalJsonlRunDataSource: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['jsonl']", _raw_type_)
            if type_ != "jsonl":
                raise ValueError(f"type must match const 'jsonl', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_source = d.pop("source", UNSET)
        try:
            source = _parse_source(_raw_source)

        except LENIENT_ERRORS:
            source = _raw_source

        parsed_obj_ = cls(
            type_=type_,
            source=source,
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
