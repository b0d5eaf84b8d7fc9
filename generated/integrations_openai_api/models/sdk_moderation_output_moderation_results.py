from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sdk_moderation_output_moderation_results_result import (
        SdkModerationOutputModerationResultsResult,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SdkModerationOutputModerationResultsResult
    from ..models.sdk_moderation_output_moderation_results_result import (
        SdkModerationOutputModerationResultsResult,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SdkModerationOutputModerationResults(ApiModel):
    """Not in the pinned spec: the official SDK's `ModerationOutputModerationResults`, field for field (the live API sends
    it).

    """

    model: str

    results: list[SdkModerationOutputModerationResultsResult]

    type: Literal["moderation_results"] = "moderation_results"

    _sdk_name_: ClassVar[str] = "ModerationOutputModerationResults"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("results", "results"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "model": "str",
        "results": "list[SdkModerationOutputModerationResultsResult]",
        "type": "Literal['moderation_results']",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("moderation_results",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "model",
        "results",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "results",
            "type",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.model
        if value_1 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_1
        value_2 = self.results
        if value_2 is None:
            if "results" in present:
                out["results"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "results" in present:
            out["results"] = to_json(value_2)
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
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
        parsed_obj_.model = get_("model")
        _raw_results = get_("results", UNSET)
        try:
            results = []
            _results = _raw_results
            if not isinstance(_results, list):
                raise TypeError()
            for results_item_data in _results:
                try:
                    results_item = (
                        SdkModerationOutputModerationResultsResult._from_dict_(results_item_data)
                        if results_item_data.__class__ is dict
                        else SdkModerationOutputModerationResultsResult.from_dict(results_item_data)
                    )
                except LENIENT_ERRORS:
                    results_item = results_item_data
                results.append(results_item)

        except LENIENT_ERRORS:
            results = _raw_results
        parsed_obj_.results = AbsentList() if isinstance(results, Unset) else results
        parsed_obj_.type = get_("type")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
