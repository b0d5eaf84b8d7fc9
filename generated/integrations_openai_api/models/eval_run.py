from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
    from ..models.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
    from ..models.create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource
    from ..models.eval_api_error import EvalApiError
    from ..models.eval_run_per_model_usage_item import EvalRunPerModelUsageItem
    from ..models.eval_run_per_testing_criteria_results_item import (
        EvalRunPerTestingCriteriaResultsItem,
    )
    from ..models.eval_run_result_counts import EvalRunResultCounts
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateEvalCompletionsRunDataSource, \
        CreateEvalJsonlRunDataSource, \
        CreateEvalResponsesRunDataSource, \
        EvalApiError, \
        EvalRunPerModelUsageItem, \
        EvalRunPerTestingCriteriaResultsItem, \
        EvalRunResultCounts, \
        Metadata2
    from ..models.create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource  # noqa: PLC0415
    from ..models.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource  # noqa: PLC0415
    from ..models.create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource  # noqa: PLC0415
    from ..models.eval_api_error import EvalApiError  # noqa: PLC0415
    from ..models.eval_run_per_model_usage_item import EvalRunPerModelUsageItem  # noqa: PLC0415
    from ..models.eval_run_per_testing_criteria_results_item import (
        EvalRunPerTestingCriteriaResultsItem,  # noqa: PLC0415
    )
    from ..models.eval_run_result_counts import EvalRunResultCounts  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="EvalRun")


def _parse_data_source(
    data: object,
) -> (
    CreateEvalCompletionsRunDataSource
    | CreateEvalJsonlRunDataSource
    | CreateEvalResponsesRunDataSource
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                CreateEvalJsonlRunDataSource,
                CreateEvalCompletionsRunDataSource,
                CreateEvalResponsesRunDataSource,
            ),
        )
        if variant is None:
            return cast(
                "CreateEvalCompletionsRunDataSource | CreateEvalJsonlRunDataSource | CreateEvalResponsesRunDataSource",
                UnknownVariant(data),
            )
        return cast(
            "CreateEvalCompletionsRunDataSource | CreateEvalJsonlRunDataSource | CreateEvalResponsesRunDataSource",
            variant.from_dict(data),
        )
    return cast(
        "CreateEvalCompletionsRunDataSource | CreateEvalJsonlRunDataSource | CreateEvalResponsesRunDataSource",
        data,
    )


def _parse_metadata(data: object) -> Metadata2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None", data)


@_attrs_define
class EvalRun:
    """A schema representing an evaluation run."""

    id: str
    """ Unique identifier for the evaluation run. """
    eval_id: str
    """ The identifier of the associated evaluation. """
    status: str
    """ The status of the evaluation run. """
    model: str
    """ The model that is evaluated, if applicable. """
    name: str
    """ The name of the evaluation run. """
    created_at: int
    """ Unix timestamp (in seconds) when the evaluation run was created. """
    report_url: str
    """ The URL to the rendered evaluation run report on the UI dashboard. """
    result_counts: EvalRunResultCounts
    """ Counters summarizing the outcomes of the evaluation run. """
    per_model_usage: list[EvalRunPerModelUsageItem]
    """ Usage statistics for each model during the evaluation run. """
    per_testing_criteria_results: list[EvalRunPerTestingCriteriaResultsItem]
    """ Results per testing criteria applied during the evaluation run. """
    data_source: (
        CreateEvalCompletionsRunDataSource
        | CreateEvalJsonlRunDataSource
        | CreateEvalResponsesRunDataSource
    )
    """ Information about the run's data source. """
    metadata: Metadata2 | None
    error: EvalApiError
    """ An object representing an error response from the Eval API.
     """
    object_: Literal["eval.run"] = "eval.run"
    """ The type of the object. Always "eval.run". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("eval.run",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "eval_id",
        "status",
        "model",
        "name",
        "created_at",
        "report_url",
        "result_counts",
        "per_model_usage",
        "per_testing_criteria_results",
        "data_source",
        "metadata",
        "error",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "eval_id",
            "status",
            "model",
            "name",
            "created_at",
            "report_url",
            "result_counts",
            "per_model_usage",
            "per_testing_criteria_results",
            "data_source",
            "metadata",
            "error",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.eval_id, Unset):
            field_dict["eval_id"] = self.eval_id
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.model, Unset):
            field_dict["model"] = self.model
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.report_url, Unset):
            field_dict["report_url"] = self.report_url
        if not isinstance(self.result_counts, Unset):
            field_dict["result_counts"] = to_json(self.result_counts)
        if not isinstance(self.per_model_usage, Unset):
            field_dict["per_model_usage"] = to_json(self.per_model_usage)
        if not isinstance(self.per_testing_criteria_results, Unset):
            field_dict["per_testing_criteria_results"] = to_json(self.per_testing_criteria_results)
        if not isinstance(self.data_source, Unset):
            field_dict["data_source"] = to_json(self.data_source)
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = to_json(self.metadata)
        if not isinstance(self.error, Unset):
            field_dict["error"] = to_json(self.error)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"EvalRun: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['eval.run']", _raw_object_)
            if object_ != "eval.run":
                raise ValueError(f"object must match const 'eval.run', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        eval_id = d.pop("eval_id", UNSET)

        status = d.pop("status", UNSET)

        model = d.pop("model", UNSET)

        name = d.pop("name", UNSET)

        created_at = d.pop("created_at", UNSET)

        report_url = d.pop("report_url", UNSET)

        _raw_result_counts = d.pop("result_counts", UNSET)
        try:
            result_counts = EvalRunResultCounts.from_dict(_raw_result_counts)

        except LENIENT_ERRORS:
            result_counts = _raw_result_counts

        _raw_per_model_usage = d.pop("per_model_usage", UNSET)
        try:
            per_model_usage = []
            _per_model_usage = _raw_per_model_usage
            if not isinstance(_per_model_usage, list):
                raise TypeError()
            for per_model_usage_item_data in _per_model_usage:
                try:
                    per_model_usage_item = EvalRunPerModelUsageItem.from_dict(
                        per_model_usage_item_data
                    )

                except LENIENT_ERRORS:
                    per_model_usage_item = per_model_usage_item_data
                per_model_usage.append(per_model_usage_item)

        except LENIENT_ERRORS:
            per_model_usage = _raw_per_model_usage

        _raw_per_testing_criteria_results = d.pop("per_testing_criteria_results", UNSET)
        try:
            per_testing_criteria_results = []
            _per_testing_criteria_results = _raw_per_testing_criteria_results
            if not isinstance(_per_testing_criteria_results, list):
                raise TypeError()
            for per_testing_criteria_results_item_data in _per_testing_criteria_results:
                try:
                    per_testing_criteria_results_item = (
                        EvalRunPerTestingCriteriaResultsItem.from_dict(
                            per_testing_criteria_results_item_data
                        )
                    )

                except LENIENT_ERRORS:
                    per_testing_criteria_results_item = per_testing_criteria_results_item_data
                per_testing_criteria_results.append(per_testing_criteria_results_item)

        except LENIENT_ERRORS:
            per_testing_criteria_results = _raw_per_testing_criteria_results

        _raw_data_source = d.pop("data_source", UNSET)
        try:
            data_source = _parse_data_source(_raw_data_source)

        except LENIENT_ERRORS:
            data_source = _raw_data_source

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_error = d.pop("error", UNSET)
        try:
            error = EvalApiError.from_dict(_raw_error)

        except LENIENT_ERRORS:
            error = _raw_error

        parsed_obj_ = cls(
            object_=object_,
            id=id,
            eval_id=eval_id,
            status=status,
            model=model,
            name=name,
            created_at=created_at,
            report_url=report_url,
            result_counts=result_counts,
            per_model_usage=per_model_usage,
            per_testing_criteria_results=per_testing_criteria_results,
            data_source=data_source,
            metadata=metadata,
            error=error,
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
