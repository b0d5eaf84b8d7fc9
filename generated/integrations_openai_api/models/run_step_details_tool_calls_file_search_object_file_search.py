from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RunStepDetailsToolCallsFileSearchObjectFileSearch(ApiModel):
    """For now, this is always going to be an empty object."""

    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | None = ABSENT
    """ The ranking options for the file search. """

    results: list[RunStepDetailsToolCallsFileSearchResultObject] | None = ABSENT
    """ The results of the file search. """

    _sdk_name_: ClassVar[str] = "FileSearch"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ranking_options", "ranking_options"),
        ("results", "results"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "ranking_options": "RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset",
        "results": "list[RunStepDetailsToolCallsFileSearchResultObject] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "ranking_options",
            "results",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.ranking_options
        if value_1 is None:
            if "ranking_options" in present:
                out["ranking_options"] = None
        else:
            out["ranking_options"] = to_json(value_1)
        value_2 = self.results
        if value_2 is None:
            if "results" in present:
                out["results"] = None
        else:
            out["results"] = to_json(value_2)
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
        ranking_options = get_("ranking_options")
        if ranking_options is not None:
            try:
                ranking_options = (
                    RunStepDetailsToolCallsFileSearchRankingOptionsObject._from_dict_(
                        ranking_options
                    )
                    if ranking_options.__class__ is dict
                    else RunStepDetailsToolCallsFileSearchRankingOptionsObject.from_dict(
                        ranking_options
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.ranking_options = ranking_options
        _raw_results = get_("results", UNSET)
        try:
            _results = _raw_results
            results: list[RunStepDetailsToolCallsFileSearchResultObject] | Unset = UNSET
            if _results is not UNSET:
                if not isinstance(_results, list):
                    raise TypeError()
                results = []
                for results_item_data in _results:
                    try:
                        results_item = (
                            RunStepDetailsToolCallsFileSearchResultObject._from_dict_(
                                results_item_data
                            )
                            if results_item_data.__class__ is dict
                            else RunStepDetailsToolCallsFileSearchResultObject.from_dict(
                                results_item_data
                            )
                        )
                    except LENIENT_ERRORS:
                        results_item = results_item_data
                    results.append(results_item)

        except LENIENT_ERRORS:
            results = _raw_results
        parsed_obj_.results = None if isinstance(results, Unset) else results
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
