from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    NO_KEYS,
    FreeFormModel,
)
from ..models.sdk_moderation_input_moderation_results_result_category_applied_input_types_value_item import (
    check_sdk_moderation_input_moderation_results_result_category_applied_input_types_value_item,
)


@_attrs_define(repr=False, eq=False)
class SdkModerationInputModerationResultsResultCategoryAppliedInputTypes(FreeFormModel[Any]):
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = ()
    _param_types_: ClassVar[dict[str, str]] = {}
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(())

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_._request_id = None
        parsed_obj_._present_ = NO_KEYS
        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = []
                _additional_property = prop_dict
                if not isinstance(_additional_property, list):
                    raise TypeError()
                for additional_property_item_data in _additional_property:
                    try:
                        additional_property_item = check_sdk_moderation_input_moderation_results_result_category_applied_input_types_value_item(
                            additional_property_item_data
                        )

                    except LENIENT_ERRORS:
                        additional_property_item = additional_property_item_data
                    additional_property.append(additional_property_item)

                additional_properties[prop_name] = additional_property
            except LENIENT_ERRORS:
                additional_properties[prop_name] = prop_dict
        parsed_obj_.additional_properties = additional_properties
        result_: Self = parsed_obj_
        return result_
