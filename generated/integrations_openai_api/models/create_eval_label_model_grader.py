from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import AbsentList, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_eval_item_simple_input_message import CreateEvalItemSimpleInputMessage
    from ..models.eval_item import EvalItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateEvalItemSimpleInputMessage, EvalItem
    from ..models.create_eval_item_simple_input_message import CreateEvalItemSimpleInputMessage  # noqa: PLC0415
    from ..models.eval_item import EvalItem  # noqa: PLC0415

    _lazy_loaded = True


def _parse_input_item(data: object) -> CreateEvalItemSimpleInputMessage | EvalItem:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                CreateEvalItemSimpleInputMessage,
                EvalItem,
            ),
        )
        if variant is None:
            return cast("CreateEvalItemSimpleInputMessage | EvalItem", UnknownVariant(data))
        return cast("CreateEvalItemSimpleInputMessage | EvalItem", variant.from_dict(data))
    return cast("CreateEvalItemSimpleInputMessage | EvalItem", data)


@_attrs_define(repr=False)
class CreateEvalLabelModelGrader(ApiModel):
    """A LabelModelGrader object which uses a model to assign labels to each item
    in the evaluation.

    """

    name: str
    """ The name of the grader. """

    model: str
    """ The model to use for the evaluation. Must support structured outputs. """

    input: list[CreateEvalItemSimpleInputMessage | EvalItem | UnknownVariant]
    """ A list of chat messages forming the prompt or context. May include variable references to the `item`
    namespace, ie {{item.name}}. """

    labels: list[str]
    """ The labels to classify to each item in the evaluation. """

    passing_labels: list[str]
    """ The labels that indicate a passing result. Must be a subset of labels. """

    type: Literal["label_model"] = "label_model"
    """ The object type, which is always `label_model`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("name", "name"),
        ("model", "model"),
        ("input", "input"),
        ("labels", "labels"),
        ("passing_labels", "passing_labels"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['label_model']",
        "name": "str",
        "model": "str",
        "input": "list[CreateEvalItemSimpleInputMessage | EvalItem]",
        "labels": "list[str]",
        "passing_labels": "list[str]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("label_model",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "model",
        "input",
        "labels",
        "passing_labels",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "model",
            "input",
            "labels",
            "passing_labels",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.name
        if value_2 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_2
        value_3 = self.model
        if value_3 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_3
        value_4 = self.input
        if value_4 is None:
            if "input" in present:
                out["input"] = None
        elif value_4 or not isinstance(value_4, AbsentList) or "input" in present:
            out["input"] = to_json(value_4)
        value_5 = self.labels
        if value_5 is None:
            if "labels" in present:
                out["labels"] = None
        elif value_5 or not isinstance(value_5, AbsentList) or "labels" in present:
            out["labels"] = to_json(value_5)
        value_6 = self.passing_labels
        if value_6 is None:
            if "passing_labels" in present:
                out["passing_labels"] = None
        elif value_6 or not isinstance(value_6, AbsentList) or "passing_labels" in present:
            out["passing_labels"] = to_json(value_6)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = d.pop("type", None)

        name = d.pop("name", None)

        model = d.pop("model", None)

        _raw_input_ = d.pop("input", UNSET)
        try:
            input_ = []
            _input_ = _raw_input_
            if not isinstance(_input_, list):
                raise TypeError()
            for input_item_data in _input_:
                try:
                    input_item = _parse_input_item(input_item_data)

                except LENIENT_ERRORS:
                    input_item = input_item_data
                input_.append(input_item)

        except LENIENT_ERRORS:
            input_ = _raw_input_

        _raw_labels = d.pop("labels", UNSET)
        try:
            labels = cast("list[str]", _raw_labels)

        except LENIENT_ERRORS:
            labels = _raw_labels

        _raw_passing_labels = d.pop("passing_labels", UNSET)
        try:
            passing_labels = cast("list[str]", _raw_passing_labels)

        except LENIENT_ERRORS:
            passing_labels = _raw_passing_labels

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.name = name
        parsed_obj_.model = model
        parsed_obj_.input = AbsentList() if isinstance(input_, Unset) else input_
        parsed_obj_.labels = AbsentList() if isinstance(labels, Unset) else labels
        parsed_obj_.passing_labels = (
            AbsentList() if isinstance(passing_labels, Unset) else passing_labels
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
