from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from .._runtime.wire import multipart_files
from ..models.audio_response_format import AudioResponseFormat
from ..models.create_transcription_request_chunking_strategy_enum import (
    CreateTranscriptionRequestChunkingStrategyEnum,
    check_create_transcription_request_chunking_strategy_enum,
)
from ..models.create_transcription_request_model_enum import (
    CreateTranscriptionRequestModelEnum,
    check_create_transcription_request_model_enum,
)
from ..models.create_transcription_request_timestamp_granularities_item import (
    CreateTranscriptionRequestTimestampGranularitiesItem,
    check_create_transcription_request_timestamp_granularities_item,
)
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.vad_config import VadConfig

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VadConfig
    from ..models.vad_config import VadConfig  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> CreateTranscriptionRequestModelEnum | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_create_transcription_request_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateTranscriptionRequestModelEnum | str", data)


def _parse_chunking_strategy(
    data: object,
) -> CreateTranscriptionRequestChunkingStrategyEnum | None | Unset | VadConfig:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return VadConfig._from_dict_(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        chunking_strategy_type_0 = check_create_transcription_request_chunking_strategy_enum(data)

        return chunking_strategy_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateTranscriptionRequestChunkingStrategyEnum | None | Unset | VadConfig", data)


@_attrs_define(repr=False)
class CreateTranscriptionRequest(ApiModel):
    file: File
    """ The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga,
    m4a, ogg, wav, or webm.
     """

    model: CreateTranscriptionRequestModelEnum | str
    """ ID of the model to use. The options are `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-
    transcribe-2025-12-15`, `whisper-1` (which is powered by our open source Whisper V2 model), and
    `gpt-4o-transcribe-diarize`.
     """

    language: str | None = ABSENT
    """ The language of the input audio. Supplying the input language in
    [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format will improve accuracy and
    latency.
     """

    prompt: str | None = ABSENT
    """ An optional text to guide the model's style or continue a previous audio segment. The
    [prompt](https://platform.openai.com/docs/guides/speech-to-text#prompting) should match the audio language. This
    field is not supported when using `gpt-4o-transcribe-diarize`.
     """

    response_format: AudioResponseFormat | str | None = ABSENT
    """ The format of the output, in one of these options: `json`, `text`, `srt`, `verbose_json`, `vtt`, or
    `diarized_json`. For `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`, the only supported format is `json`. For
    `gpt-4o-transcribe-diarize`, the supported formats are `json`, `text`, and `diarized_json`, with `diarized_json`
    required to receive speaker annotations.

    Server default: `"json"`. """

    temperature: float | None = ABSENT
    """ The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while
    lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use [log
    probability](https://en.wikipedia.org/wiki/Log_probability) to automatically increase the temperature until
    certain thresholds are hit.

    Server default: `0`. """

    include: list[Literal["logprobs"]] | None = ABSENT
    """ Additional information to include in the transcription response.
    `logprobs` will return the log probabilities of the tokens in the
    response to understand the model's confidence in the transcription.
    `logprobs` only works with response_format set to `json` and only with
    the models `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and `gpt-4o-mini-transcribe-2025-12-15`. This field is
    not supported when using `gpt-4o-transcribe-diarize`.
     """

    timestamp_granularities: (
        list[CreateTranscriptionRequestTimestampGranularitiesItem | str] | None
    ) = ABSENT
    """ The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json`
    to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There
    is no additional latency for segment timestamps, but generating word timestamps incurs additional latency.
    This option is not available for `gpt-4o-transcribe-diarize`.

    Server default: `["segment"]`. """

    stream: bool | None = ABSENT

    chunking_strategy: CreateTranscriptionRequestChunkingStrategyEnum | str | VadConfig | None = (
        ABSENT
    )

    known_speaker_names: list[str] | None = ABSENT
    """ Optional list of speaker names that correspond to the audio samples provided in
    `known_speaker_references[]`. Each entry should be a short identifier (for example `customer` or `agent`). Up to
    4 speakers are supported.
     """

    known_speaker_references: list[str] | None = ABSENT
    """ Optional list of audio samples (as [data URLs](https://developer.mozilla.org/en-
    US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs)) that contain known speaker references matching
    `known_speaker_names[]`. Each sample must be between 2 and 10 seconds, and can use any of the same input audio
    formats supported by `file`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file", "file"),
        ("model", "model"),
        ("language", "language"),
        ("prompt", "prompt"),
        ("response_format", "response_format"),
        ("temperature", "temperature"),
        ("include", "include"),
        ("timestamp_granularities", "timestamp_granularities"),
        ("stream", "stream"),
        ("chunking_strategy", "chunking_strategy"),
        ("known_speaker_names", "known_speaker_names"),
        ("known_speaker_references", "known_speaker_references"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file": "File",
        "model": "CreateTranscriptionRequestModelEnum | str",
        "language": "str | Unset",
        "prompt": "str | Unset",
        "response_format": "AudioResponseFormat | Unset",
        "temperature": "float | Unset",
        "include": "list[Literal['logprobs']] | Unset",
        "timestamp_granularities": "list[CreateTranscriptionRequestTimestampGranularitiesItem] | Unset",
        "stream": "bool | None | Unset",
        "chunking_strategy": "CreateTranscriptionRequestChunkingStrategyEnum | None | Unset | VadConfig",
        "known_speaker_names": "list[str] | Unset",
        "known_speaker_references": "list[str] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "response_format": (
            "diarized_json",
            "json",
            "srt",
            "text",
            "verbose_json",
            "vtt",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "file",
        "model",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file",
            "model",
            "language",
            "prompt",
            "response_format",
            "temperature",
            "include",
            "timestamp_granularities",
            "stream",
            "chunking_strategy",
            "known_speaker_names",
            "known_speaker_references",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.file
        if value_1 is None:
            if "file" in present:
                out["file"] = None
        else:
            out["file"] = to_json(value_1)
        value_2 = self.model
        if value_2 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_2)
        value_3 = self.language
        if value_3 is None:
            if "language" in present:
                out["language"] = None
        else:
            out["language"] = value_3
        value_4 = self.prompt
        if value_4 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = value_4
        value_5 = self.response_format
        if value_5 is None:
            if "response_format" in present:
                out["response_format"] = None
        else:
            out["response_format"] = value_5
        value_6 = self.temperature
        if value_6 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = value_6
        value_7 = self.include
        if value_7 is None:
            if "include" in present:
                out["include"] = None
        else:
            out["include"] = to_json(value_7)
        value_8 = self.timestamp_granularities
        if value_8 is None:
            if "timestamp_granularities" in present:
                out["timestamp_granularities"] = None
        else:
            out["timestamp_granularities"] = to_json(value_8)
        value_9 = self.stream
        if value_9 is None:
            if "stream" in present:
                out["stream"] = None
        else:
            out["stream"] = to_json(value_9)
        value_10 = self.chunking_strategy
        if value_10 is None:
            if "chunking_strategy" in present:
                out["chunking_strategy"] = None
        else:
            out["chunking_strategy"] = to_json(value_10)
        value_11 = self.known_speaker_names
        if value_11 is None:
            if "known_speaker_names" in present:
                out["known_speaker_names"] = None
        else:
            out["known_speaker_names"] = to_json(value_11)
        value_12 = self.known_speaker_references
        if value_12 is None:
            if "known_speaker_references" in present:
                out["known_speaker_references"] = None
        else:
            out["known_speaker_references"] = to_json(value_12)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("file", self.file),
                ("model", self.model),
                ("language", self.language),
                ("prompt", self.prompt),
                ("response_format", self.response_format),
                ("temperature", self.temperature),
                ("include", self.include),
                ("timestamp_granularities", self.timestamp_granularities),
                ("stream", self.stream),
                ("chunking_strategy", self.chunking_strategy),
                ("known_speaker_names", self.known_speaker_names),
                ("known_speaker_references", self.known_speaker_references),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_file = get_("file", None)
        try:
            file = File(payload=BytesIO(_raw_file))

        except LENIENT_ERRORS:
            file = _raw_file
        parsed_obj_.file = file
        _raw_model = get_("model", None)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model
        parsed_obj_.model = model
        parsed_obj_.language = get_("language")
        parsed_obj_.prompt = get_("prompt")
        parsed_obj_.response_format = get_("response_format")
        parsed_obj_.temperature = as_float(get_("temperature"))
        _raw_include = get_("include", UNSET)
        try:
            _include = _raw_include
            include: list[Literal["logprobs"]] | Unset = UNSET
            if _include is not UNSET:
                if not isinstance(_include, list):
                    raise TypeError()
                include = []
                for include_item_data in _include:
                    try:
                        include_item = cast('Literal["logprobs"]', include_item_data)
                        if include_item != "logprobs":
                            raise ValueError(
                                f"include_item must match const 'logprobs', got '{include_item}'"
                            )
                    except LENIENT_ERRORS:
                        include_item = include_item_data
                    include.append(include_item)

        except LENIENT_ERRORS:
            include = _raw_include
        parsed_obj_.include = None if isinstance(include, Unset) else include
        _raw_timestamp_granularities = get_("timestamp_granularities", UNSET)
        try:
            _timestamp_granularities = _raw_timestamp_granularities
            timestamp_granularities: (
                list[CreateTranscriptionRequestTimestampGranularitiesItem] | Unset
            ) = UNSET
            if _timestamp_granularities is not UNSET:
                if not isinstance(_timestamp_granularities, list):
                    raise TypeError()
                timestamp_granularities = []
                for timestamp_granularities_item_data in _timestamp_granularities:
                    try:
                        timestamp_granularities_item = (
                            check_create_transcription_request_timestamp_granularities_item(
                                timestamp_granularities_item_data
                            )
                        )

                    except LENIENT_ERRORS:
                        timestamp_granularities_item = timestamp_granularities_item_data
                    timestamp_granularities.append(timestamp_granularities_item)

        except LENIENT_ERRORS:
            timestamp_granularities = _raw_timestamp_granularities
        parsed_obj_.timestamp_granularities = (
            None if isinstance(timestamp_granularities, Unset) else timestamp_granularities
        )
        parsed_obj_.stream = get_("stream")
        _raw_chunking_strategy = get_("chunking_strategy", UNSET)
        if _raw_chunking_strategy is not None and _raw_chunking_strategy is not UNSET:
            try:
                chunking_strategy = _parse_chunking_strategy(_raw_chunking_strategy)

            except LENIENT_ERRORS:
                chunking_strategy = _raw_chunking_strategy
        else:
            chunking_strategy = _raw_chunking_strategy
        parsed_obj_.chunking_strategy = (
            None if isinstance(chunking_strategy, Unset) else chunking_strategy
        )
        _raw_known_speaker_names = get_("known_speaker_names", UNSET)
        try:
            known_speaker_names = cast("list[str]", _raw_known_speaker_names)

        except LENIENT_ERRORS:
            known_speaker_names = _raw_known_speaker_names
        parsed_obj_.known_speaker_names = (
            None if isinstance(known_speaker_names, Unset) else known_speaker_names
        )
        _raw_known_speaker_references = get_("known_speaker_references", UNSET)
        try:
            known_speaker_references = cast("list[str]", _raw_known_speaker_references)

        except LENIENT_ERRORS:
            known_speaker_references = _raw_known_speaker_references
        parsed_obj_.known_speaker_references = (
            None if isinstance(known_speaker_references, Unset) else known_speaker_references
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
