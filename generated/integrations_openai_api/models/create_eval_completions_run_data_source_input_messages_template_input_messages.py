from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.easy_input_message import EasyInputMessage
    from ..models.eval_item import EvalItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EasyInputMessage, EvalItem
    from ..models.easy_input_message import EasyInputMessage  # noqa: PLC0415
    from ..models.eval_item import EvalItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages")


def _parse_template_item(data: object) -> EasyInputMessage | EvalItem:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                EasyInputMessage,
                EvalItem,
            ),
        )
        if variant is None:
            return cast("EasyInputMessage | EvalItem", UnknownVariant(data))
        return cast("EasyInputMessage | EvalItem", variant.from_dict(data))
    return cast("EasyInputMessage | EvalItem", data)


@_attrs_define
class CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages:
    template: list[EasyInputMessage | EvalItem]
    """ A list of chat messages forming the prompt or context. May include variable references to the `item`
    namespace, ie {{item.name}}. """
    type_: Literal["template"] = "template"
    """ The type of input messages. Always `template`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("template",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "template",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "template",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.template, Unset):
            field_dict["template"] = to_json(self.template)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['template']", _raw_type_)
            if type_ != "template":
                raise ValueError(f"type must match const 'template', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_template = d.pop("template", UNSET)
        try:
            template = []
            _template = _raw_template
            if not isinstance(_template, list):
                raise TypeError()
            for template_item_data in _template:
                try:
                    template_item = _parse_template_item(template_item_data)

                except LENIENT_ERRORS:
                    template_item = template_item_data
                template.append(template_item)

        except LENIENT_ERRORS:
            template = _raw_template

        parsed_obj_ = cls(
            type_=type_,
            template=template,
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
