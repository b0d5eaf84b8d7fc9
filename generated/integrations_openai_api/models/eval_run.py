from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None", data)


@_attrs_define(repr=False)
class EvalRun(ApiModel):
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
        | UnknownVariant
    )
    """ Information about the run's data source. """

    error: EvalApiError
    """ An object representing an error response from the Eval API.
     """

    object: Literal["eval.run"] = "eval.run"
    """ The type of the object. Always "eval.run". """

    metadata: Metadata2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("data_source", "data_source"),
        ("error", "error"),
        ("eval_id", "eval_id"),
        ("metadata", "metadata"),
        ("model", "model"),
        ("name", "name"),
        ("object", "object"),
        ("per_model_usage", "per_model_usage"),
        ("per_testing_criteria_results", "per_testing_criteria_results"),
        ("report_url", "report_url"),
        ("result_counts", "result_counts"),
        ("status", "status"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['eval.run']",
        "id": "str",
        "eval_id": "str",
        "status": "str",
        "model": "str",
        "name": "str",
        "created_at": "int",
        "report_url": "str",
        "result_counts": "EvalRunResultCounts",
        "per_model_usage": "list[EvalRunPerModelUsageItem]",
        "per_testing_criteria_results": "list[EvalRunPerTestingCriteriaResultsItem]",
        "data_source": "CreateEvalCompletionsRunDataSource | CreateEvalJsonlRunDataSource | CreateEvalResponsesRunDataSource",
        "metadata": "Metadata2 | None",
        "error": "EvalApiError",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.data_source
        if value_3 is None:
            if "data_source" in present:
                out["data_source"] = None
        else:
            out["data_source"] = to_json(value_3)
        value_4 = self.error
        if value_4 is None:
            if "error" in present:
                out["error"] = None
        else:
            out["error"] = to_json(value_4)
        value_5 = self.eval_id
        if value_5 is None:
            if "eval_id" in present:
                out["eval_id"] = None
        else:
            out["eval_id"] = value_5
        value_6 = self.metadata
        if value_6 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_6)
        value_7 = self.model
        if value_7 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_7
        value_8 = self.name
        if value_8 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_8
        value_9 = self.object
        if value_9 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_9
        value_10 = self.per_model_usage
        if value_10 is None:
            if "per_model_usage" in present:
                out["per_model_usage"] = None
        elif value_10 or not isinstance(value_10, AbsentList) or "per_model_usage" in present:
            out["per_model_usage"] = to_json(value_10)
        value_11 = self.per_testing_criteria_results
        if value_11 is None:
            if "per_testing_criteria_results" in present:
                out["per_testing_criteria_results"] = None
        elif (
            value_11
            or not isinstance(value_11, AbsentList)
            or "per_testing_criteria_results" in present
        ):
            out["per_testing_criteria_results"] = to_json(value_11)
        value_12 = self.report_url
        if value_12 is None:
            if "report_url" in present:
                out["report_url"] = None
        else:
            out["report_url"] = value_12
        value_13 = self.result_counts
        if value_13 is None:
            if "result_counts" in present:
                out["result_counts"] = None
        else:
            out["result_counts"] = to_json(value_13)
        value_14 = self.status
        if value_14 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_14
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
        parsed_obj_.object = get_("object")
        parsed_obj_.id = get_("id")
        parsed_obj_.eval_id = get_("eval_id")
        parsed_obj_.status = get_("status")
        parsed_obj_.model = get_("model")
        parsed_obj_.name = get_("name")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.report_url = get_("report_url")
        result_counts = get_("result_counts")
        if result_counts is not None:
            try:
                result_counts = (
                    EvalRunResultCounts._from_dict_(result_counts)
                    if result_counts.__class__ is dict
                    else EvalRunResultCounts.from_dict(result_counts)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.result_counts = result_counts
        _raw_per_model_usage = get_("per_model_usage", UNSET)
        try:
            per_model_usage = []
            _per_model_usage = _raw_per_model_usage
            if not isinstance(_per_model_usage, list):
                raise TypeError()
            for per_model_usage_item_data in _per_model_usage:
                try:
                    per_model_usage_item = (
                        EvalRunPerModelUsageItem._from_dict_(per_model_usage_item_data)
                        if per_model_usage_item_data.__class__ is dict
                        else EvalRunPerModelUsageItem.from_dict(per_model_usage_item_data)
                    )
                except LENIENT_ERRORS:
                    per_model_usage_item = per_model_usage_item_data
                per_model_usage.append(per_model_usage_item)

        except LENIENT_ERRORS:
            per_model_usage = _raw_per_model_usage
        parsed_obj_.per_model_usage = (
            AbsentList() if isinstance(per_model_usage, Unset) else per_model_usage
        )
        _raw_per_testing_criteria_results = get_("per_testing_criteria_results", UNSET)
        try:
            per_testing_criteria_results = []
            _per_testing_criteria_results = _raw_per_testing_criteria_results
            if not isinstance(_per_testing_criteria_results, list):
                raise TypeError()
            for per_testing_criteria_results_item_data in _per_testing_criteria_results:
                try:
                    per_testing_criteria_results_item = (
                        EvalRunPerTestingCriteriaResultsItem._from_dict_(
                            per_testing_criteria_results_item_data
                        )
                        if per_testing_criteria_results_item_data.__class__ is dict
                        else EvalRunPerTestingCriteriaResultsItem.from_dict(
                            per_testing_criteria_results_item_data
                        )
                    )
                except LENIENT_ERRORS:
                    per_testing_criteria_results_item = per_testing_criteria_results_item_data
                per_testing_criteria_results.append(per_testing_criteria_results_item)

        except LENIENT_ERRORS:
            per_testing_criteria_results = _raw_per_testing_criteria_results
        parsed_obj_.per_testing_criteria_results = (
            AbsentList()
            if isinstance(per_testing_criteria_results, Unset)
            else per_testing_criteria_results
        )
        _raw_data_source = get_("data_source", None)
        try:
            data_source = _parse_data_source(_raw_data_source)

        except LENIENT_ERRORS:
            data_source = _raw_data_source
        parsed_obj_.data_source = data_source
        _raw_metadata = get_("metadata", None)
        if _raw_metadata is not None:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = metadata
        error = get_("error")
        if error is not None:
            try:
                error = (
                    EvalApiError._from_dict_(error)
                    if error.__class__ is dict
                    else EvalApiError.from_dict(error)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.error = error
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
