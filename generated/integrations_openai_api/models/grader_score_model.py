from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_grader_score_model_sampling_params import EvalGraderScoreModelSamplingParams
    from ..models.eval_item import EvalItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EvalGraderScoreModelSamplingParams, EvalItem
    from ..models.eval_grader_score_model_sampling_params import EvalGraderScoreModelSamplingParams  # noqa: PLC0415
    from ..models.eval_item import EvalItem  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class GraderScoreModel(ApiModel):
    """A ScoreModelGrader object that uses a model to assign a score to the input."""

    name: str
    """ The name of the grader. """

    model: str
    """ The model to use for the evaluation. """

    input: list[EvalItem]
    """ The input messages evaluated by the grader. Supports text, output text, input image, and input audio content
    blocks, and may include template strings.
     """

    type: Literal["score_model"] = "score_model"
    """ The object type, which is always `score_model`. """

    sampling_params: EvalGraderScoreModelSamplingParams | None = ABSENT
    """ The sampling parameters for the model. """

    range: list[float] | None = ABSENT
    """ The range of the score. Defaults to `[0, 1]`. """

    _sdk_name_: ClassVar[str] = "ScoreModelGrader"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input", "input"),
        ("model", "model"),
        ("name", "name"),
        ("type", "type"),
        ("range", "range"),
        ("sampling_params", "sampling_params"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['score_model']",
        "name": "str",
        "model": "str",
        "input": "list[EvalItem]",
        "sampling_params": "EvalGraderScoreModelSamplingParams | Unset",
        "range": "list[float] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("score_model",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "model",
        "input",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "model",
            "input",
            "sampling_params",
            "range",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input
        if value_1 is None:
            if "input" in present:
                out["input"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "input" in present:
            out["input"] = to_json(value_1)
        value_2 = self.model
        if value_2 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_2
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        value_5 = self.range
        if value_5 is None:
            if "range" in present:
                out["range"] = None
        else:
            out["range"] = to_json(value_5)
        value_6 = self.sampling_params
        if value_6 is None:
            if "sampling_params" in present:
                out["sampling_params"] = None
        else:
            out["sampling_params"] = to_json(value_6)
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
        parsed_obj_.name = get_("name")
        parsed_obj_.model = get_("model")
        _raw_input_ = get_("input", UNSET)
        try:
            input_ = []
            _input_ = _raw_input_
            if not isinstance(_input_, list):
                raise TypeError()
            for input_item_data in _input_:
                try:
                    input_item = (
                        EvalItem._from_dict_(input_item_data)
                        if input_item_data.__class__ is dict
                        else EvalItem.from_dict(input_item_data)
                    )
                except LENIENT_ERRORS:
                    input_item = input_item_data
                input_.append(input_item)

        except LENIENT_ERRORS:
            input_ = _raw_input_
        parsed_obj_.input = AbsentList() if isinstance(input_, Unset) else input_
        sampling_params = get_("sampling_params")
        if sampling_params is not None:
            try:
                sampling_params = (
                    EvalGraderScoreModelSamplingParams._from_dict_(sampling_params)
                    if sampling_params.__class__ is dict
                    else EvalGraderScoreModelSamplingParams.from_dict(sampling_params)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.sampling_params = sampling_params
        _raw_range_ = get_("range", UNSET)
        try:
            range_ = cast("list[float]", _raw_range_)

        except LENIENT_ERRORS:
            range_ = _raw_range_
        parsed_obj_.range = None if isinstance(range_, Unset) else range_
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
