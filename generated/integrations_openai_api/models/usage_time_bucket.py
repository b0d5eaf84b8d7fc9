from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costs_result import CostsResult
    from ..models.usage_audio_speeches_result import UsageAudioSpeechesResult
    from ..models.usage_audio_transcriptions_result import UsageAudioTranscriptionsResult
    from ..models.usage_code_interpreter_sessions_result import UsageCodeInterpreterSessionsResult
    from ..models.usage_completions_result import UsageCompletionsResult
    from ..models.usage_embeddings_result import UsageEmbeddingsResult
    from ..models.usage_file_search_calls_result import UsageFileSearchCallsResult
    from ..models.usage_images_result import UsageImagesResult
    from ..models.usage_moderations_result import UsageModerationsResult
    from ..models.usage_vector_stores_result import UsageVectorStoresResult
    from ..models.usage_web_search_calls_result import UsageWebSearchCallsResult

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CostsResult, \
        UsageAudioSpeechesResult, \
        UsageAudioTranscriptionsResult, \
        UsageCodeInterpreterSessionsResult, \
        UsageCompletionsResult, \
        UsageEmbeddingsResult, \
        UsageFileSearchCallsResult, \
        UsageImagesResult, \
        UsageModerationsResult, \
        UsageVectorStoresResult, \
        UsageWebSearchCallsResult
    from ..models.costs_result import CostsResult  # noqa: PLC0415
    from ..models.usage_audio_speeches_result import UsageAudioSpeechesResult  # noqa: PLC0415
    from ..models.usage_audio_transcriptions_result import UsageAudioTranscriptionsResult  # noqa: PLC0415
    from ..models.usage_code_interpreter_sessions_result import UsageCodeInterpreterSessionsResult  # noqa: PLC0415
    from ..models.usage_completions_result import UsageCompletionsResult  # noqa: PLC0415
    from ..models.usage_embeddings_result import UsageEmbeddingsResult  # noqa: PLC0415
    from ..models.usage_file_search_calls_result import UsageFileSearchCallsResult  # noqa: PLC0415
    from ..models.usage_images_result import UsageImagesResult  # noqa: PLC0415
    from ..models.usage_moderations_result import UsageModerationsResult  # noqa: PLC0415
    from ..models.usage_vector_stores_result import UsageVectorStoresResult  # noqa: PLC0415
    from ..models.usage_web_search_calls_result import UsageWebSearchCallsResult  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_results_item(
    data: object,
) -> (
    CostsResult
    | UsageAudioSpeechesResult
    | UsageAudioTranscriptionsResult
    | UsageCodeInterpreterSessionsResult
    | UsageCompletionsResult
    | UsageEmbeddingsResult
    | UsageFileSearchCallsResult
    | UsageImagesResult
    | UsageModerationsResult
    | UsageVectorStoresResult
    | UsageWebSearchCallsResult
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                UsageCompletionsResult,
                UsageEmbeddingsResult,
                UsageModerationsResult,
                UsageImagesResult,
                UsageAudioSpeechesResult,
                UsageAudioTranscriptionsResult,
                UsageVectorStoresResult,
                UsageCodeInterpreterSessionsResult,
                UsageFileSearchCallsResult,
                UsageWebSearchCallsResult,
                CostsResult,
            ),
        )
        if variant is None:
            return cast(
                "CostsResult | UsageAudioSpeechesResult | UsageAudioTranscriptionsResult | UsageCodeInterpreterSessionsResult | UsageCompletionsResult | UsageEmbeddingsResult | UsageFileSearchCallsResult | UsageImagesResult | UsageModerationsResult | UsageVectorStoresResult | UsageWebSearchCallsResult",
                UnknownVariant(data),
            )
        return cast(
            "CostsResult | UsageAudioSpeechesResult | UsageAudioTranscriptionsResult | UsageCodeInterpreterSessionsResult | UsageCompletionsResult | UsageEmbeddingsResult | UsageFileSearchCallsResult | UsageImagesResult | UsageModerationsResult | UsageVectorStoresResult | UsageWebSearchCallsResult",
            variant.from_dict(data),
        )
    return cast(
        "CostsResult | UsageAudioSpeechesResult | UsageAudioTranscriptionsResult | UsageCodeInterpreterSessionsResult | UsageCompletionsResult | UsageEmbeddingsResult | UsageFileSearchCallsResult | UsageImagesResult | UsageModerationsResult | UsageVectorStoresResult | UsageWebSearchCallsResult",
        data,
    )


@_attrs_define(repr=False)
class UsageTimeBucket(ApiModel):
    start_time: int

    end_time: int

    results: list[
        CostsResult
        | UnknownVariant
        | UsageAudioSpeechesResult
        | UsageAudioTranscriptionsResult
        | UsageCodeInterpreterSessionsResult
        | UsageCompletionsResult
        | UsageEmbeddingsResult
        | UsageFileSearchCallsResult
        | UsageImagesResult
        | UsageModerationsResult
        | UsageVectorStoresResult
        | UsageWebSearchCallsResult
    ]

    object: Literal["bucket"] = "bucket"

    _sdk_name_: ClassVar[str] = "Data"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("end_time", "end_time"),
        ("object", "object"),
        ("results", "results"),
        ("start_time", "start_time"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['bucket']",
        "start_time": "int",
        "end_time": "int",
        "results": "list[CostsResult | UsageAudioSpeechesResult | UsageAudioTranscriptionsResult | UsageCodeInterpreterSessionsResult | UsageCompletionsResult | UsageEmbeddingsResult | UsageFileSearchCallsResult | UsageImagesResult | UsageModerationsResult | UsageVectorStoresResult | UsageWebSearchCallsResult]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("bucket",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "start_time",
        "end_time",
        "results",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "start_time",
            "end_time",
            "results",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.end_time
        if value_1 is None:
            if "end_time" in present:
                out["end_time"] = None
        else:
            out["end_time"] = value_1
        value_2 = self.object
        if value_2 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_2
        value_3 = self.results
        if value_3 is None:
            if "results" in present:
                out["results"] = None
        elif value_3 or not isinstance(value_3, AbsentList) or "results" in present:
            out["results"] = to_json(value_3)
        value_4 = self.start_time
        if value_4 is None:
            if "start_time" in present:
                out["start_time"] = None
        else:
            out["start_time"] = value_4
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
        parsed_obj_.start_time = get_("start_time")
        parsed_obj_.end_time = get_("end_time")
        _raw_results = get_("results", UNSET)
        try:
            results = []
            _results = _raw_results
            if not isinstance(_results, list):
                raise TypeError()
            for results_item_data in _results:
                try:
                    results_item = _parse_results_item(results_item_data)

                except LENIENT_ERRORS:
                    results_item = results_item_data
                results.append(results_item)

        except LENIENT_ERRORS:
            results = _raw_results
        parsed_obj_.results = AbsentList() if isinstance(results, Unset) else results
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
