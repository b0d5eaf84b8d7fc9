from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_eval_responses_run_data_source_input_messages_input_messages_template_template_item_chat_message import (
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage,
    )
    from ..models.eval_item import EvalItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage, \
        EvalItem
    from ..models.create_eval_responses_run_data_source_input_messages_input_messages_template_template_item_chat_message import (
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage,  # noqa: PLC0415
    )
    from ..models.eval_item import EvalItem  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_template_item(
    data: object,
) -> (
    CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage
    | EvalItem
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage,
                EvalItem,
            ),
        )
        if variant is None:
            return cast(
                "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage | EvalItem",
                UnknownVariant(data),
            )
        return cast(
            "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage | EvalItem",
            variant.from_dict(data),
        )
    return cast(
        "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage | EvalItem",
        data,
    )


@_attrs_define(repr=False)
class CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate(ApiModel):
    template: list[
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage
        | EvalItem
        | UnknownVariant
    ]
    """ A list of chat messages forming the prompt or context. May include variable references to the `item`
    namespace, ie {{item.name}}. """

    type: Literal["template"] = "template"
    """ The type of input messages. Always `template`. """

    _sdk_name_: ClassVar[str] = "DataSourceResponsesInputMessagesTemplate"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "template": {"EvalItem": "DataSourceResponsesInputMessagesTemplateTemplateEvalItem"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("template", "template"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['template']",
        "template": "list[CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage | EvalItem]",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.template
        if value_1 is None:
            if "template" in present:
                out["template"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "template" in present:
            out["template"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
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
        _raw_template = get_("template", UNSET)
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
        parsed_obj_.template = AbsentList() if isinstance(template, Unset) else template
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
