from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="RunStepDetailsToolCallsFileSearchObjectFileSearch")


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


@_attrs_define
class RunStepDetailsToolCallsFileSearchObjectFileSearch:
    """For now, this is always going to be an empty object."""

    ranking_options: None | RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset = UNSET
    results: list[RunStepDetailsToolCallsFileSearchResultObject] | None | Unset = UNSET
    """ The results of the file search. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "ranking_options",
            "results",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.ranking_options is not UNSET:
            field_dict["ranking_options"] = to_json(self.ranking_options)
        if self.results is not UNSET:
            field_dict["results"] = to_json(self.results)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunStepDetailsToolCallsFileSearchObjectFileSearch: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
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

        parsed_obj_ = cls(
            ranking_options=ranking_options,
            results=results,
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
