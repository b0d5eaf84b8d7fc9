from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="EvalRunOutputItemSample")


@_attrs_define
class EvalRunOutputItemSample:
    """A sample containing the input and output of the evaluation run."""

    input_: list[EvalRunOutputItemSampleInputItem]
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.input_, Unset):
            field_dict["input"] = to_json(self.input_)
        if not isinstance(self.output, Unset):
            field_dict["output"] = to_json(self.output)
        if not isinstance(self.finish_reason, Unset):
            field_dict["finish_reason"] = self.finish_reason
        if not isinstance(self.model, Unset):
            field_dict["model"] = self.model
        if not isinstance(self.usage, Unset):
            field_dict["usage"] = to_json(self.usage)
        if not isinstance(self.error, Unset):
            field_dict["error"] = to_json(self.error)
        if not isinstance(self.temperature, Unset):
            field_dict["temperature"] = self.temperature
        if not isinstance(self.max_completion_tokens, Unset):
            field_dict["max_completion_tokens"] = self.max_completion_tokens
        if not isinstance(self.top_p, Unset):
            field_dict["top_p"] = self.top_p
        if not isinstance(self.seed, Unset):
            field_dict["seed"] = self.seed
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalRunOutputItemSample: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_input_ = d.pop("input", UNSET)
        try:
            input_ = []
            _input_ = _raw_input_
            if not isinstance(_input_, list):
                raise TypeError()
            for input_item_data in _input_:
                try:
                    input_item = EvalRunOutputItemSampleInputItem.from_dict(input_item_data)

                except LENIENT_ERRORS:
                    input_item = input_item_data
                input_.append(input_item)

        except LENIENT_ERRORS:
            input_ = _raw_input_

        _raw_output = d.pop("output", UNSET)
        try:
            output = []
            _output = _raw_output
            if not isinstance(_output, list):
                raise TypeError()
            for output_item_data in _output:
                try:
                    output_item = EvalRunOutputItemSampleOutputItem.from_dict(output_item_data)

                except LENIENT_ERRORS:
                    output_item = output_item_data
                output.append(output_item)

        except LENIENT_ERRORS:
            output = _raw_output

        finish_reason = d.pop("finish_reason", UNSET)

        model = d.pop("model", UNSET)

        _raw_usage = d.pop("usage", UNSET)
        try:
            usage = EvalRunOutputItemSampleUsage.from_dict(_raw_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        _raw_error = d.pop("error", UNSET)
        try:
            error = EvalApiError.from_dict(_raw_error)

        except LENIENT_ERRORS:
            error = _raw_error

        temperature = d.pop("temperature", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        top_p = d.pop("top_p", UNSET)

        seed = d.pop("seed", UNSET)

        parsed_obj_ = cls(
            input_=input_,
            output=output,
            finish_reason=finish_reason,
            model=model,
            usage=usage,
            error=error,
            temperature=temperature,
            max_completion_tokens=max_completion_tokens,
            top_p=top_p,
            seed=seed,
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
