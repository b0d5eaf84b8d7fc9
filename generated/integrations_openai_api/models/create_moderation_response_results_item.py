from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_moderation_response_results_item_categories import (
        CreateModerationResponseResultsItemCategories,
    )
    from ..models.create_moderation_response_results_item_category_applied_input_types import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypes,
    )
    from ..models.create_moderation_response_results_item_category_scores import (
        CreateModerationResponseResultsItemCategoryScores,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateModerationResponseResultsItemCategories, \
        CreateModerationResponseResultsItemCategoryAppliedInputTypes, \
        CreateModerationResponseResultsItemCategoryScores
    from ..models.create_moderation_response_results_item_categories import (
        CreateModerationResponseResultsItemCategories,  # noqa: PLC0415
    )
    from ..models.create_moderation_response_results_item_category_applied_input_types import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypes,  # noqa: PLC0415
    )
    from ..models.create_moderation_response_results_item_category_scores import (
        CreateModerationResponseResultsItemCategoryScores,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="CreateModerationResponseResultsItem")


@_attrs_define
class CreateModerationResponseResultsItem:
    flagged: bool
    """ Whether any of the below categories are flagged. """
    categories: CreateModerationResponseResultsItemCategories
    """ A list of the categories, and whether they are flagged or not. """
    category_scores: CreateModerationResponseResultsItemCategoryScores
    """ A list of the categories along with their scores as predicted by model. """
    category_applied_input_types: CreateModerationResponseResultsItemCategoryAppliedInputTypes
    """ A list of the categories along with the input type(s) that the score applies to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "flagged",
        "categories",
        "category_scores",
        "category_applied_input_types",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "flagged",
            "categories",
            "category_scores",
            "category_applied_input_types",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.flagged, Unset):
            field_dict["flagged"] = self.flagged
        if not isinstance(self.categories, Unset):
            field_dict["categories"] = to_json(self.categories)
        if not isinstance(self.category_scores, Unset):
            field_dict["category_scores"] = to_json(self.category_scores)
        if not isinstance(self.category_applied_input_types, Unset):
            field_dict["category_applied_input_types"] = to_json(self.category_applied_input_types)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateModerationResponseResultsItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        flagged = d.pop("flagged", UNSET)

        _raw_categories = d.pop("categories", UNSET)
        try:
            categories = CreateModerationResponseResultsItemCategories.from_dict(_raw_categories)

        except LENIENT_ERRORS:
            categories = _raw_categories

        _raw_category_scores = d.pop("category_scores", UNSET)
        try:
            category_scores = CreateModerationResponseResultsItemCategoryScores.from_dict(
                _raw_category_scores
            )

        except LENIENT_ERRORS:
            category_scores = _raw_category_scores

        _raw_category_applied_input_types = d.pop("category_applied_input_types", UNSET)
        try:
            category_applied_input_types = (
                CreateModerationResponseResultsItemCategoryAppliedInputTypes.from_dict(
                    _raw_category_applied_input_types
                )
            )

        except LENIENT_ERRORS:
            category_applied_input_types = _raw_category_applied_input_types

        parsed_obj_ = cls(
            flagged=flagged,
            categories=categories,
            category_scores=category_scores,
            category_applied_input_types=category_applied_input_types,
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
