from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

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
    from ..models.create_eval_responses_run_data_source_input_messages_input_messages_item_reference import (
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference,
    )
    from ..models.create_eval_responses_run_data_source_input_messages_input_messages_template import (
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate,
    )
    from ..models.create_eval_responses_run_data_source_sampling_params import (
        CreateEvalResponsesRunDataSourceSamplingParams,
    )
    from ..models.eval_jsonl_file_content_source import EvalJsonlFileContentSource
    from ..models.eval_jsonl_file_id_source import EvalJsonlFileIdSource
    from ..models.eval_responses_source import EvalResponsesSource

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference, \
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate, \
        CreateEvalResponsesRunDataSourceSamplingParams, \
        EvalJsonlFileContentSource, \
        EvalJsonlFileIdSource, \
        EvalResponsesSource
    from ..models.create_eval_responses_run_data_source_input_messages_input_messages_item_reference import (
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference,  # noqa: PLC0415
    )
    from ..models.create_eval_responses_run_data_source_input_messages_input_messages_template import (
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate,  # noqa: PLC0415
    )
    from ..models.create_eval_responses_run_data_source_sampling_params import (
        CreateEvalResponsesRunDataSourceSamplingParams,  # noqa: PLC0415
    )
    from ..models.eval_jsonl_file_content_source import EvalJsonlFileContentSource  # noqa: PLC0415
    from ..models.eval_jsonl_file_id_source import EvalJsonlFileIdSource  # noqa: PLC0415
    from ..models.eval_responses_source import EvalResponsesSource  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_source(
    data: object,
) -> EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalResponsesSource:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                EvalJsonlFileContentSource,
                EvalJsonlFileIdSource,
                EvalResponsesSource,
            ),
        )
        if variant is None:
            return cast(
                "EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalResponsesSource",
                UnknownVariant(data),
            )
        return cast(
            "EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalResponsesSource",
            variant.from_dict(data),
        )
    return cast("EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalResponsesSource", data)


def _parse_input_messages(
    data: object,
) -> (
    CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference
    | CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate
    | Unset
):
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate,
                CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference,
            ),
        )
        if variant is None:
            return cast(
                "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference | CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate | Unset",
                UnknownVariant(data),
            )
        return cast(
            "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference | CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate | Unset",
            variant.from_dict(data),
        )
    return cast(
        "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference | CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate | Unset",
        data,
    )


@_attrs_define(repr=False)
class CreateEvalResponsesRunDataSource(ApiModel):
    """A ResponsesRunDataSource object describing a model sampling configuration."""

    source: (
        EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalResponsesSource | UnknownVariant
    )
    """ Determines what populates the `item` namespace in this run's data source. """

    type: Literal["responses"] = "responses"
    """ The type of run data source. Always `responses`. """

    input_messages: (
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference
        | CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate
        | UnknownVariant
        | None
    ) = ABSENT
    """ Used when sampling from a model. Dictates the structure of the messages passed into the model. Can either be
    a reference to a prebuilt trajectory (ie, `item.input_trajectory`), or a template with variable references to
    the `item` namespace. """

    sampling_params: CreateEvalResponsesRunDataSourceSamplingParams | None = ABSENT

    model: str | None = ABSENT
    """ The name of the model to use for generating completions (e.g. "o3-mini"). """

    _sdk_name_: ClassVar[str] = "DataSourceResponses"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "source": {
            "EvalJsonlFileContentSource": "DataSourceResponsesSourceFileContent",
            "EvalJsonlFileIdSource": "DataSourceResponsesSourceFileID",
        }
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("source", "source"),
        ("type", "type"),
        ("input_messages", "input_messages"),
        ("model", "model"),
        ("sampling_params", "sampling_params"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['responses']",
        "source": "EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalResponsesSource",
        "input_messages": "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference | CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate | Unset",
        "sampling_params": "CreateEvalResponsesRunDataSourceSamplingParams | Unset",
        "model": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("responses",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "source",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "source",
            "input_messages",
            "sampling_params",
            "model",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.source
        if value_1 is None:
            if "source" in present:
                out["source"] = None
        else:
            out["source"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.input_messages
        if value_3 is None:
            if "input_messages" in present:
                out["input_messages"] = None
        else:
            out["input_messages"] = to_json(value_3)
        value_4 = self.model
        if value_4 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_4
        value_5 = self.sampling_params
        if value_5 is None:
            if "sampling_params" in present:
                out["sampling_params"] = None
        else:
            out["sampling_params"] = to_json(value_5)
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
        parsed_obj_.type = get_("type")
        _raw_source = get_("source", None)
        try:
            source = _parse_source(_raw_source)

        except LENIENT_ERRORS:
            source = _raw_source
        parsed_obj_.source = source
        _raw_input_messages = get_("input_messages", UNSET)
        if _raw_input_messages is not UNSET:
            try:
                input_messages = _parse_input_messages(_raw_input_messages)

            except LENIENT_ERRORS:
                input_messages = _raw_input_messages
        else:
            input_messages = _raw_input_messages
        parsed_obj_.input_messages = None if isinstance(input_messages, Unset) else input_messages
        sampling_params = get_("sampling_params")
        if sampling_params is not None:
            try:
                sampling_params = (
                    CreateEvalResponsesRunDataSourceSamplingParams._from_dict_(sampling_params)
                    if sampling_params.__class__ is dict
                    else CreateEvalResponsesRunDataSourceSamplingParams.from_dict(sampling_params)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.sampling_params = sampling_params
        parsed_obj_.model = get_("model")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
