from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="CreateEvalLabelModelGrader")


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


@_attrs_define
class CreateEvalLabelModelGrader:
    """A LabelModelGrader object which uses a model to assign labels to each item
    in the evaluation.

    """

    name: str
    """ The name of the grader. """
    model: str
    """ The model to use for the evaluation. Must support structured outputs. """
    input_: list[CreateEvalItemSimpleInputMessage | EvalItem]
    """ A list of chat messages forming the prompt or context. May include variable references to the `item`
    namespace, ie {{item.name}}. """
    labels: list[str]
    """ The labels to classify to each item in the evaluation. """
    passing_labels: list[str]
    """ The labels that indicate a passing result. Must be a subset of labels. """
    type_: Literal["label_model"] = "label_model"
    """ The object type, which is always `label_model`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.model, Unset):
            field_dict["model"] = self.model
        if not isinstance(self.input_, Unset):
            field_dict["input"] = to_json(self.input_)
        if not isinstance(self.labels, Unset):
            field_dict["labels"] = to_json(self.labels)
        if not isinstance(self.passing_labels, Unset):
            field_dict["passing_labels"] = to_json(self.passing_labels)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateEvalLabelModelGrader: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['label_model']", _raw_type_)
            if type_ != "label_model":
                raise ValueError(f"type must match const 'label_model', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        name = d.pop("name", UNSET)

        model = d.pop("model", UNSET)

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

        parsed_obj_ = cls(
            type_=type_,
            name=name,
            model=model,
            input_=input_,
            labels=labels,
            passing_labels=passing_labels,
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
