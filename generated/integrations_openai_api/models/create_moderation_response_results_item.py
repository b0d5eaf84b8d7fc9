from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateModerationResponseResultsItem(ApiModel):
    flagged: bool
    """ Whether any of the below categories are flagged. """

    categories: CreateModerationResponseResultsItemCategories
    """ A list of the categories, and whether they are flagged or not. """

    category_scores: CreateModerationResponseResultsItemCategoryScores
    """ A list of the categories along with their scores as predicted by model. """

    category_applied_input_types: CreateModerationResponseResultsItemCategoryAppliedInputTypes
    """ A list of the categories along with the input type(s) that the score applies to. """

    _sdk_name_: ClassVar[str] = "Moderation"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("categories", "categories"),
        ("category_applied_input_types", "category_applied_input_types"),
        ("category_scores", "category_scores"),
        ("flagged", "flagged"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "flagged": "bool",
        "categories": "CreateModerationResponseResultsItemCategories",
        "category_scores": "CreateModerationResponseResultsItemCategoryScores",
        "category_applied_input_types": "CreateModerationResponseResultsItemCategoryAppliedInputTypes",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.categories
        if value_1 is None:
            if "categories" in present:
                out["categories"] = None
        else:
            out["categories"] = to_json(value_1)
        value_2 = self.category_applied_input_types
        if value_2 is None:
            if "category_applied_input_types" in present:
                out["category_applied_input_types"] = None
        else:
            out["category_applied_input_types"] = to_json(value_2)
        value_3 = self.category_scores
        if value_3 is None:
            if "category_scores" in present:
                out["category_scores"] = None
        else:
            out["category_scores"] = to_json(value_3)
        value_4 = self.flagged
        if value_4 is None:
            if "flagged" in present:
                out["flagged"] = None
        else:
            out["flagged"] = value_4
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
        parsed_obj_.flagged = get_("flagged")
        categories = get_("categories")
        if categories is not None:
            try:
                categories = (
                    CreateModerationResponseResultsItemCategories._from_dict_(categories)
                    if categories.__class__ is dict
                    else CreateModerationResponseResultsItemCategories.from_dict(categories)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.categories = categories
        category_scores = get_("category_scores")
        if category_scores is not None:
            try:
                category_scores = (
                    CreateModerationResponseResultsItemCategoryScores._from_dict_(category_scores)
                    if category_scores.__class__ is dict
                    else CreateModerationResponseResultsItemCategoryScores.from_dict(
                        category_scores
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.category_scores = category_scores
        category_applied_input_types = get_("category_applied_input_types")
        if category_applied_input_types is not None:
            try:
                category_applied_input_types = (
                    CreateModerationResponseResultsItemCategoryAppliedInputTypes._from_dict_(
                        category_applied_input_types
                    )
                    if category_applied_input_types.__class__ is dict
                    else CreateModerationResponseResultsItemCategoryAppliedInputTypes.from_dict(
                        category_applied_input_types
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.category_applied_input_types = category_applied_input_types
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
