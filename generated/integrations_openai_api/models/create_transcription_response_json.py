from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_transcription_response_json_logprobs_item import (
        CreateTranscriptionResponseJsonLogprobsItem,
    )
    from ..models.sdk_transcription_language import SdkTranscriptionLanguage
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateTranscriptionResponseJsonLogprobsItem, \
        SdkTranscriptionLanguage, \
        TranscriptTextUsageDuration, \
        TranscriptTextUsageTokens
    from ..models.create_transcription_response_json_logprobs_item import (
        CreateTranscriptionResponseJsonLogprobsItem,  # noqa: PLC0415
    )
    from ..models.sdk_transcription_language import SdkTranscriptionLanguage  # noqa: PLC0415
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration  # noqa: PLC0415
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_usage(data: object) -> TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                TranscriptTextUsageTokens,
                TranscriptTextUsageDuration,
            ),
        )
        if variant is None:
            return cast(
                "TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset",
                UnknownVariant(data),
            )
        return cast(
            "TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset",
            variant.from_dict(data),
        )
    return cast("TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset", data)


def _parse_languages(data: object) -> list[SdkTranscriptionLanguage] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        languages_type_0 = []
        _languages_type_0 = data
        if not isinstance(_languages_type_0, list):
            raise TypeError()
        for languages_type_0_item_data in _languages_type_0:
            try:
                languages_type_0_item = (
                    SdkTranscriptionLanguage._from_dict_(languages_type_0_item_data)
                    if languages_type_0_item_data.__class__ is dict
                    else SdkTranscriptionLanguage.from_dict(languages_type_0_item_data)
                )
            except LENIENT_ERRORS:
                languages_type_0_item = languages_type_0_item_data
            languages_type_0.append(languages_type_0_item)

        return languages_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[SdkTranscriptionLanguage] | None | Unset", data)


@_attrs_define(repr=False)
class CreateTranscriptionResponseJson(ApiModel):
    """Represents a transcription response returned by model, based on the provided input."""

    text: str
    """ The transcribed text. """

    logprobs: list[CreateTranscriptionResponseJsonLogprobsItem] | None = ABSENT
    """ The log probabilities of the tokens in the transcription. Only returned with the models `gpt-4o-transcribe`
    and `gpt-4o-mini-transcribe` if `logprobs` is added to the `include` array.
     """

    usage: TranscriptTextUsageDuration | TranscriptTextUsageTokens | UnknownVariant | None = ABSENT
    """ Token usage statistics for the request. """

    languages: list[SdkTranscriptionLanguage] | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Transcription` has it (the live API sends it). Reads None when
    absent. """

    _sdk_name_: ClassVar[str] = "Transcription"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("languages", "languages"),
        ("logprobs", "logprobs"),
        ("usage", "usage"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "text": "str",
        "logprobs": "list[CreateTranscriptionResponseJsonLogprobsItem] | Unset",
        "usage": "TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset",
        "languages": "list[SdkTranscriptionLanguage] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("text",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "text",
            "logprobs",
            "usage",
            "languages",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.text
        if value_1 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_1
        value_2 = self.languages
        if value_2 is None:
            if "languages" in present:
                out["languages"] = None
        else:
            out["languages"] = to_json(value_2)
        value_3 = self.logprobs
        if value_3 is None:
            if "logprobs" in present:
                out["logprobs"] = None
        else:
            out["logprobs"] = to_json(value_3)
        value_4 = self.usage
        if value_4 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_4)
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
        parsed_obj_.text = get_("text")
        _raw_logprobs = get_("logprobs", UNSET)
        try:
            _logprobs = _raw_logprobs
            logprobs: list[CreateTranscriptionResponseJsonLogprobsItem] | Unset = UNSET
            if _logprobs is not UNSET:
                if not isinstance(_logprobs, list):
                    raise TypeError()
                logprobs = []
                for logprobs_item_data in _logprobs:
                    try:
                        logprobs_item = (
                            CreateTranscriptionResponseJsonLogprobsItem._from_dict_(
                                logprobs_item_data
                            )
                            if logprobs_item_data.__class__ is dict
                            else CreateTranscriptionResponseJsonLogprobsItem.from_dict(
                                logprobs_item_data
                            )
                        )
                    except LENIENT_ERRORS:
                        logprobs_item = logprobs_item_data
                    logprobs.append(logprobs_item)

        except LENIENT_ERRORS:
            logprobs = _raw_logprobs
        parsed_obj_.logprobs = None if isinstance(logprobs, Unset) else logprobs
        _raw_usage = get_("usage", UNSET)
        if _raw_usage is not UNSET:
            try:
                usage = _parse_usage(_raw_usage)

            except LENIENT_ERRORS:
                usage = _raw_usage
        else:
            usage = _raw_usage
        parsed_obj_.usage = None if isinstance(usage, Unset) else usage
        _raw_languages = get_("languages", UNSET)
        if _raw_languages is not None and _raw_languages is not UNSET:
            try:
                languages = _parse_languages(_raw_languages)

            except LENIENT_ERRORS:
                languages = _raw_languages
        else:
            languages = _raw_languages
        parsed_obj_.languages = None if isinstance(languages, Unset) else languages
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
