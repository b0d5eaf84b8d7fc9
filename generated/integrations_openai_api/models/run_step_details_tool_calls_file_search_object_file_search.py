from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_details_tool_calls_file_search_ranking_options_object import (
        RunStepDetailsToolCallsFileSearchRankingOptionsObject,
    )
    from ..models.run_step_details_tool_calls_file_search_result_object import (
        RunStepDetailsToolCallsFileSearchResultObject,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RunStepDetailsToolCallsFileSearchRankingOptionsObject, \
        RunStepDetailsToolCallsFileSearchResultObject
    from ..models.run_step_details_tool_calls_file_search_ranking_options_object import (
        RunStepDetailsToolCallsFileSearchRankingOptionsObject,  # noqa: PLC0415
    )
    from ..models.run_step_details_tool_calls_file_search_result_object import (
        RunStepDetailsToolCallsFileSearchResultObject,  # noqa: PLC0415
    )

    _lazy_loaded = True


def _parse_ranking_options(
    data: object,
) -> None | RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RunStepDetailsToolCallsFileSearchRankingOptionsObject.from_dict(data)
    return cast("None | RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset", data)


def _parse_results(
    data: object,
) -> list[RunStepDetailsToolCallsFileSearchResultObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        results_type_0 = []
        _results_type_0 = data
        if not isinstance(_results_type_0, list):
            raise TypeError()
        for results_type_0_item_data in _results_type_0:
            try:
                results_type_0_item = RunStepDetailsToolCallsFileSearchResultObject.from_dict(
                    results_type_0_item_data
                )

            except LENIENT_ERRORS:
                results_type_0_item = results_type_0_item_data
            results_type_0.append(results_type_0_item)

        return results_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[RunStepDetailsToolCallsFileSearchResultObject] | None | Unset", data)


@_attrs_define(repr=False)
class RunStepDetailsToolCallsFileSearchObjectFileSearch(ApiModel):
    """For now, this is always going to be an empty object."""

    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | None = ABSENT

    results: list[RunStepDetailsToolCallsFileSearchResultObject] | None = ABSENT
    """ The results of the file search. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ranking_options", "ranking_options"),
        ("results", "results"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "ranking_options": "None | RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset",
        "results": "list[RunStepDetailsToolCallsFileSearchResultObject] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "ranking_options",
            "results",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_ranking_options = d.pop("ranking_options", UNSET)
        try:
            ranking_options = _parse_ranking_options(_raw_ranking_options)

        except LENIENT_ERRORS:
            ranking_options = _raw_ranking_options

        _raw_results = d.pop("results", UNSET)
        try:
            results = _parse_results(_raw_results)

        except LENIENT_ERRORS:
            results = _raw_results

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.ranking_options = (
            None if isinstance(ranking_options, Unset) else ranking_options
        )
        parsed_obj_.results = None if isinstance(results, Unset) else results
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
