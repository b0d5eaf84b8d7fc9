from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_api_error import EvalApiError
    from ..models.eval_run_output_item_sample_input_item import EvalRunOutputItemSampleInputItem
    from ..models.eval_run_output_item_sample_output_item import EvalRunOutputItemSampleOutputItem
    from ..models.eval_run_output_item_sample_usage import EvalRunOutputItemSampleUsage

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        EvalApiError, \
        EvalRunOutputItemSampleInputItem, \
        EvalRunOutputItemSampleOutputItem, \
        EvalRunOutputItemSampleUsage
    from ..models.eval_api_error import EvalApiError  # noqa: PLC0415
    from ..models.eval_run_output_item_sample_input_item import EvalRunOutputItemSampleInputItem  # noqa: PLC0415
    from ..models.eval_run_output_item_sample_output_item import EvalRunOutputItemSampleOutputItem  # noqa: PLC0415
    from ..models.eval_run_output_item_sample_usage import EvalRunOutputItemSampleUsage  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class EvalRunOutputItemSample(ApiModel):
    """A sample containing the input and output of the evaluation run."""

    input: list[EvalRunOutputItemSampleInputItem]
    """ An array of input messages. """

    output: list[EvalRunOutputItemSampleOutputItem]
    """ An array of output messages. """

    finish_reason: str
    """ The reason why the sample generation was finished. """

    model: str
    """ The model used for generating the sample. """

    usage: EvalRunOutputItemSampleUsage
    """ Token usage details for the sample. """

    error: EvalApiError
    """ An object representing an error response from the Eval API.
     """

    temperature: float
    """ The sampling temperature used. """

    max_completion_tokens: int
    """ The maximum number of tokens allowed for completion. """

    top_p: float
    """ The top_p value used for sampling. """

    seed: int
    """ The seed used for generating the sample. """

    _sdk_name_: ClassVar[str] = "Sample"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error", "error"),
        ("finish_reason", "finish_reason"),
        ("input", "input"),
        ("max_completion_tokens", "max_completion_tokens"),
        ("model", "model"),
        ("output", "output"),
        ("seed", "seed"),
        ("temperature", "temperature"),
        ("top_p", "top_p"),
        ("usage", "usage"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "input": "list[EvalRunOutputItemSampleInputItem]",
        "output": "list[EvalRunOutputItemSampleOutputItem]",
        "finish_reason": "str",
        "model": "str",
        "usage": "EvalRunOutputItemSampleUsage",
        "error": "EvalApiError",
        "temperature": "float",
        "max_completion_tokens": "int",
        "top_p": "float",
        "seed": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "input",
        "output",
        "finish_reason",
        "model",
        "usage",
        "error",
        "temperature",
        "max_completion_tokens",
        "top_p",
        "seed",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input",
            "output",
            "finish_reason",
            "model",
            "usage",
            "error",
            "temperature",
            "max_completion_tokens",
            "top_p",
            "seed",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.error
        if value_1 is None:
            if "error" in present:
                out["error"] = None
        else:
            out["error"] = to_json(value_1)
        value_2 = self.finish_reason
        if value_2 is None:
            if "finish_reason" in present:
                out["finish_reason"] = None
        else:
            out["finish_reason"] = value_2
        value_3 = self.input
        if value_3 is None:
            if "input" in present:
                out["input"] = None
        elif value_3 or not isinstance(value_3, AbsentList) or "input" in present:
            out["input"] = to_json(value_3)
        value_4 = self.max_completion_tokens
        if value_4 is None:
            if "max_completion_tokens" in present:
                out["max_completion_tokens"] = None
        else:
            out["max_completion_tokens"] = value_4
        value_5 = self.model
        if value_5 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_5
        value_6 = self.output
        if value_6 is None:
            if "output" in present:
                out["output"] = None
        elif value_6 or not isinstance(value_6, AbsentList) or "output" in present:
            out["output"] = to_json(value_6)
        value_7 = self.seed
        if value_7 is None:
            if "seed" in present:
                out["seed"] = None
        else:
            out["seed"] = value_7
        value_8 = self.temperature
        if value_8 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = value_8
        value_9 = self.top_p
        if value_9 is None:
            if "top_p" in present:
                out["top_p"] = None
        else:
            out["top_p"] = value_9
        value_10 = self.usage
        if value_10 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_10)
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
        _raw_input_ = get_("input", UNSET)
        try:
            input_ = []
            _input_ = _raw_input_
            if not isinstance(_input_, list):
                raise TypeError()
            for input_item_data in _input_:
                try:
                    input_item = (
                        EvalRunOutputItemSampleInputItem._from_dict_(input_item_data)
                        if input_item_data.__class__ is dict
                        else EvalRunOutputItemSampleInputItem.from_dict(input_item_data)
                    )
                except LENIENT_ERRORS:
                    input_item = input_item_data
                input_.append(input_item)

        except LENIENT_ERRORS:
            input_ = _raw_input_
        parsed_obj_.input = AbsentList() if isinstance(input_, Unset) else input_
        _raw_output = get_("output", UNSET)
        try:
            output = []
            _output = _raw_output
            if not isinstance(_output, list):
                raise TypeError()
            for output_item_data in _output:
                try:
                    output_item = (
                        EvalRunOutputItemSampleOutputItem._from_dict_(output_item_data)
                        if output_item_data.__class__ is dict
                        else EvalRunOutputItemSampleOutputItem.from_dict(output_item_data)
                    )
                except LENIENT_ERRORS:
                    output_item = output_item_data
                output.append(output_item)

        except LENIENT_ERRORS:
            output = _raw_output
        parsed_obj_.output = AbsentList() if isinstance(output, Unset) else output
        parsed_obj_.finish_reason = get_("finish_reason")
        parsed_obj_.model = get_("model")
        usage = get_("usage")
        if usage is not None:
            try:
                usage = (
                    EvalRunOutputItemSampleUsage._from_dict_(usage)
                    if usage.__class__ is dict
                    else EvalRunOutputItemSampleUsage.from_dict(usage)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.usage = usage
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
        parsed_obj_.temperature = as_float(get_("temperature"))
        parsed_obj_.max_completion_tokens = get_("max_completion_tokens")
        parsed_obj_.top_p = as_float(get_("top_p"))
        parsed_obj_.seed = get_("seed")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
