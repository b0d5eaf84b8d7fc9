from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.sdk_moderation_input_moderation_results_result_categories import (
        SdkModerationInputModerationResultsResultCategories,
    )
    from ..models.sdk_moderation_input_moderation_results_result_category_applied_input_types import (
        SdkModerationInputModerationResultsResultCategoryAppliedInputTypes,
    )
    from ..models.sdk_moderation_input_moderation_results_result_category_scores import (
        SdkModerationInputModerationResultsResultCategoryScores,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        SdkModerationInputModerationResultsResultCategories, \
        SdkModerationInputModerationResultsResultCategoryAppliedInputTypes, \
        SdkModerationInputModerationResultsResultCategoryScores
    from ..models.sdk_moderation_input_moderation_results_result_categories import (
        SdkModerationInputModerationResultsResultCategories,  # noqa: PLC0415
    )
    from ..models.sdk_moderation_input_moderation_results_result_category_applied_input_types import (
        SdkModerationInputModerationResultsResultCategoryAppliedInputTypes,  # noqa: PLC0415
    )
    from ..models.sdk_moderation_input_moderation_results_result_category_scores import (
        SdkModerationInputModerationResultsResultCategoryScores,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SdkModerationInputModerationResultsResult(ApiModel):
    """Not in the pinned spec: the official SDK's `ModerationInputModerationResultsResult`, field for field (the live API
    sends it).

    """

    categories: SdkModerationInputModerationResultsResultCategories

    category_applied_input_types: SdkModerationInputModerationResultsResultCategoryAppliedInputTypes

    category_scores: SdkModerationInputModerationResultsResultCategoryScores

    flagged: bool

    model: str

    type: Literal["moderation_result"] = "moderation_result"

    _sdk_name_: ClassVar[str] = "ModerationInputModerationResultsResult"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("categories", "categories"),
        ("category_applied_input_types", "category_applied_input_types"),
        ("category_scores", "category_scores"),
        ("flagged", "flagged"),
        ("model", "model"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "categories": "SdkModerationInputModerationResultsResultCategories",
        "category_applied_input_types": "SdkModerationInputModerationResultsResultCategoryAppliedInputTypes",
        "category_scores": "SdkModerationInputModerationResultsResultCategoryScores",
        "flagged": "bool",
        "model": "str",
        "type": "Literal['moderation_result']",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("moderation_result",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "categories",
        "category_applied_input_types",
        "category_scores",
        "flagged",
        "model",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "categories",
            "category_applied_input_types",
            "category_scores",
            "flagged",
            "model",
            "type",
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
        value_5 = self.model
        if value_5 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_5
        value_6 = self.type
        if value_6 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_6
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
        categories = get_("categories")
        if categories is not None:
            try:
                categories = (
                    SdkModerationInputModerationResultsResultCategories._from_dict_(categories)
                    if categories.__class__ is dict
                    else SdkModerationInputModerationResultsResultCategories.from_dict(categories)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.categories = categories
        category_applied_input_types = get_("category_applied_input_types")
        if category_applied_input_types is not None:
            try:
                category_applied_input_types = (
                    SdkModerationInputModerationResultsResultCategoryAppliedInputTypes._from_dict_(
                        category_applied_input_types
                    )
                    if category_applied_input_types.__class__ is dict
                    else SdkModerationInputModerationResultsResultCategoryAppliedInputTypes.from_dict(
                        category_applied_input_types
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.category_applied_input_types = category_applied_input_types
        category_scores = get_("category_scores")
        if category_scores is not None:
            try:
                category_scores = (
                    SdkModerationInputModerationResultsResultCategoryScores._from_dict_(
                        category_scores
                    )
                    if category_scores.__class__ is dict
                    else SdkModerationInputModerationResultsResultCategoryScores.from_dict(
                        category_scores
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.category_scores = category_scores
        parsed_obj_.flagged = get_("flagged")
        parsed_obj_.model = get_("model")
        parsed_obj_.type = get_("type")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
