from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_grader_response_metadata_errors import RunGraderResponseMetadataErrors
    from ..models.run_grader_response_metadata_scores import RunGraderResponseMetadataScores

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunGraderResponseMetadataErrors, RunGraderResponseMetadataScores
    from ..models.run_grader_response_metadata_errors import RunGraderResponseMetadataErrors  # noqa: PLC0415
    from ..models.run_grader_response_metadata_scores import RunGraderResponseMetadataScores  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RunGraderResponseMetadata")


def _parse_token_usage(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_sampled_model_name(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class RunGraderResponseMetadata:
    name: str
    type_: str
    errors: RunGraderResponseMetadataErrors
    execution_time: float
    scores: RunGraderResponseMetadataScores
    token_usage: int | None
    sampled_model_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "name",
        "type",
        "errors",
        "execution_time",
        "scores",
        "token_usage",
        "sampled_model_name",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "type",
            "errors",
            "execution_time",
            "scores",
            "token_usage",
            "sampled_model_name",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.errors, Unset):
            field_dict["errors"] = to_json(self.errors)
        if not isinstance(self.execution_time, Unset):
            field_dict["execution_time"] = self.execution_time
        if not isinstance(self.scores, Unset):
            field_dict["scores"] = to_json(self.scores)
        if not isinstance(self.token_usage, Unset):
            field_dict["token_usage"] = to_json(self.token_usage)
        if not isinstance(self.sampled_model_name, Unset):
            field_dict["sampled_model_name"] = to_json(self.sampled_model_name)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunGraderResponseMetadata: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _raw_errors = d.pop("errors", UNSET)
        try:
            errors = RunGraderResponseMetadataErrors.from_dict(_raw_errors)

        except LENIENT_ERRORS:
            errors = _raw_errors

        execution_time = d.pop("execution_time", UNSET)

        _raw_scores = d.pop("scores", UNSET)
        try:
            scores = RunGraderResponseMetadataScores.from_dict(_raw_scores)

        except LENIENT_ERRORS:
            scores = _raw_scores

        _raw_token_usage = d.pop("token_usage", UNSET)
        try:
            token_usage = _parse_token_usage(_raw_token_usage)

        except LENIENT_ERRORS:
            token_usage = _raw_token_usage

        _raw_sampled_model_name = d.pop("sampled_model_name", UNSET)
        try:
            sampled_model_name = _parse_sampled_model_name(_raw_sampled_model_name)

        except LENIENT_ERRORS:
            sampled_model_name = _raw_sampled_model_name

        parsed_obj_ = cls(
            name=name,
            type_=type_,
            errors=errors,
            execution_time=execution_time,
            scores=scores,
            token_usage=token_usage,
            sampled_model_name=sampled_model_name,
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
