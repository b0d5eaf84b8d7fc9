from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="UsageTimeBucket")


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


@_attrs_define
class UsageTimeBucket:
    start_time: int
    end_time: int
    results: list[
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
    ]
    object_: Literal["bucket"] = "bucket"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.start_time, Unset):
            field_dict["start_time"] = self.start_time
        if not isinstance(self.end_time, Unset):
            field_dict["end_time"] = self.end_time
        if not isinstance(self.results, Unset):
            field_dict["results"] = to_json(self.results)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"UsageTimeBucket: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['bucket']", _raw_object_)
            if object_ != "bucket":
                raise ValueError(f"object must match const 'bucket', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        _raw_results = d.pop("results", UNSET)
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

        parsed_obj_ = cls(
            object_=object_,
            start_time=start_time,
            end_time=end_time,
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
