from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_moderation_response_results_item_category_applied_input_types_self_harm_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
    check_create_moderation_response_results_item_category_applied_input_types_self_harm_item,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateModerationResponseResultsItemCategoryAppliedInputTypes(ApiModel):
    """A list of the categories along with the input type(s) that the score applies to."""

    hate: list[Literal["text"]]
    """ The applied input type(s) for the category 'hate'. """

    hate_threatening: list[Literal["text"]]
    """ The applied input type(s) for the category 'hate/threatening'. """

    harassment: list[Literal["text"]]
    """ The applied input type(s) for the category 'harassment'. """

    harassment_threatening: list[Literal["text"]]
    """ The applied input type(s) for the category 'harassment/threatening'. """

    illicit: list[Literal["text"]]
    """ The applied input type(s) for the category 'illicit'. """

    illicit_violent: list[Literal["text"]]
    """ The applied input type(s) for the category 'illicit/violent'. """

    self_harm: list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem | str]
    """ The applied input type(s) for the category 'self-harm'. """

    self_harm_intent: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem | str
    ]
    """ The applied input type(s) for the category 'self-harm/intent'. """

    self_harm_instructions: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem | str
    ]
    """ The applied input type(s) for the category 'self-harm/instructions'. """

    sexual: list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem | str]
    """ The applied input type(s) for the category 'sexual'. """

    sexual_minors: list[Literal["text"]]
    """ The applied input type(s) for the category 'sexual/minors'. """

    violence: list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem | str]
    """ The applied input type(s) for the category 'violence'. """

    violence_graphic: list[
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem | str
    ]
    """ The applied input type(s) for the category 'violence/graphic'. """

    _sdk_name_: ClassVar[str] = "CategoryAppliedInputTypes"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("harassment", "harassment"),
        ("harassment_threatening", "harassment/threatening"),
        ("hate", "hate"),
        ("hate_threatening", "hate/threatening"),
        ("illicit", "illicit"),
        ("illicit_violent", "illicit/violent"),
        ("self_harm", "self-harm"),
        ("self_harm_instructions", "self-harm/instructions"),
        ("self_harm_intent", "self-harm/intent"),
        ("sexual", "sexual"),
        ("sexual_minors", "sexual/minors"),
        ("violence", "violence"),
        ("violence_graphic", "violence/graphic"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "hate": "list[Literal['text']]",
        "hate_threatening": "list[Literal['text']]",
        "harassment": "list[Literal['text']]",
        "harassment_threatening": "list[Literal['text']]",
        "illicit": "list[Literal['text']]",
        "illicit_violent": "list[Literal['text']]",
        "self_harm": "list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem]",
        "self_harm_intent": "list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem]",
        "self_harm_instructions": "list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem]",
        "sexual": "list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem]",
        "sexual_minors": "list[Literal['text']]",
        "violence": "list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem]",
        "violence_graphic": "list[CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "hate",
        "hate/threatening",
        "harassment",
        "harassment/threatening",
        "illicit",
        "illicit/violent",
        "self-harm",
        "self-harm/intent",
        "self-harm/instructions",
        "sexual",
        "sexual/minors",
        "violence",
        "violence/graphic",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "hate",
            "hate/threatening",
            "harassment",
            "harassment/threatening",
            "illicit",
            "illicit/violent",
            "self-harm",
            "self-harm/intent",
            "self-harm/instructions",
            "sexual",
            "sexual/minors",
            "violence",
            "violence/graphic",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.harassment
        if value_1 is None:
            if "harassment" in present:
                out["harassment"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "harassment" in present:
            out["harassment"] = to_json(value_1)
        value_2 = self.harassment_threatening
        if value_2 is None:
            if "harassment/threatening" in present:
                out["harassment/threatening"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "harassment/threatening" in present:
            out["harassment/threatening"] = to_json(value_2)
        value_3 = self.hate
        if value_3 is None:
            if "hate" in present:
                out["hate"] = None
        elif value_3 or not isinstance(value_3, AbsentList) or "hate" in present:
            out["hate"] = to_json(value_3)
        value_4 = self.hate_threatening
        if value_4 is None:
            if "hate/threatening" in present:
                out["hate/threatening"] = None
        elif value_4 or not isinstance(value_4, AbsentList) or "hate/threatening" in present:
            out["hate/threatening"] = to_json(value_4)
        value_5 = self.illicit
        if value_5 is None:
            if "illicit" in present:
                out["illicit"] = None
        elif value_5 or not isinstance(value_5, AbsentList) or "illicit" in present:
            out["illicit"] = to_json(value_5)
        value_6 = self.illicit_violent
        if value_6 is None:
            if "illicit/violent" in present:
                out["illicit/violent"] = None
        elif value_6 or not isinstance(value_6, AbsentList) or "illicit/violent" in present:
            out["illicit/violent"] = to_json(value_6)
        value_7 = self.self_harm
        if value_7 is None:
            if "self-harm" in present:
                out["self-harm"] = None
        elif value_7 or not isinstance(value_7, AbsentList) or "self-harm" in present:
            out["self-harm"] = to_json(value_7)
        value_8 = self.self_harm_instructions
        if value_8 is None:
            if "self-harm/instructions" in present:
                out["self-harm/instructions"] = None
        elif value_8 or not isinstance(value_8, AbsentList) or "self-harm/instructions" in present:
            out["self-harm/instructions"] = to_json(value_8)
        value_9 = self.self_harm_intent
        if value_9 is None:
            if "self-harm/intent" in present:
                out["self-harm/intent"] = None
        elif value_9 or not isinstance(value_9, AbsentList) or "self-harm/intent" in present:
            out["self-harm/intent"] = to_json(value_9)
        value_10 = self.sexual
        if value_10 is None:
            if "sexual" in present:
                out["sexual"] = None
        elif value_10 or not isinstance(value_10, AbsentList) or "sexual" in present:
            out["sexual"] = to_json(value_10)
        value_11 = self.sexual_minors
        if value_11 is None:
            if "sexual/minors" in present:
                out["sexual/minors"] = None
        elif value_11 or not isinstance(value_11, AbsentList) or "sexual/minors" in present:
            out["sexual/minors"] = to_json(value_11)
        value_12 = self.violence
        if value_12 is None:
            if "violence" in present:
                out["violence"] = None
        elif value_12 or not isinstance(value_12, AbsentList) or "violence" in present:
            out["violence"] = to_json(value_12)
        value_13 = self.violence_graphic
        if value_13 is None:
            if "violence/graphic" in present:
                out["violence/graphic"] = None
        elif value_13 or not isinstance(value_13, AbsentList) or "violence/graphic" in present:
            out["violence/graphic"] = to_json(value_13)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_hate = get_("hate", UNSET)
        try:
            hate = []
            _hate = _raw_hate
            if not isinstance(_hate, list):
                raise TypeError()
            for hate_item_data in _hate:
                try:
                    hate_item = cast('Literal["text"]', hate_item_data)
                    if hate_item != "text":
                        raise ValueError(f"hate_item must match const 'text', got '{hate_item}'")
                except LENIENT_ERRORS:
                    hate_item = hate_item_data
                hate.append(hate_item)

        except LENIENT_ERRORS:
            hate = _raw_hate
        parsed_obj_.hate = AbsentList() if isinstance(hate, Unset) else hate
        _raw_hatethreatening = get_("hate/threatening", UNSET)
        try:
            hatethreatening = []
            _hatethreatening = _raw_hatethreatening
            if not isinstance(_hatethreatening, list):
                raise TypeError()
            for hatethreatening_item_data in _hatethreatening:
                try:
                    hatethreatening_item = cast('Literal["text"]', hatethreatening_item_data)
                    if hatethreatening_item != "text":
                        raise ValueError(
                            f"hate/threatening_item must match const 'text', got '{hatethreatening_item}'"
                        )
                except LENIENT_ERRORS:
                    hatethreatening_item = hatethreatening_item_data
                hatethreatening.append(hatethreatening_item)

        except LENIENT_ERRORS:
            hatethreatening = _raw_hatethreatening
        parsed_obj_.hate_threatening = (
            AbsentList() if isinstance(hatethreatening, Unset) else hatethreatening
        )
        _raw_harassment = get_("harassment", UNSET)
        try:
            harassment = []
            _harassment = _raw_harassment
            if not isinstance(_harassment, list):
                raise TypeError()
            for harassment_item_data in _harassment:
                try:
                    harassment_item = cast('Literal["text"]', harassment_item_data)
                    if harassment_item != "text":
                        raise ValueError(
                            f"harassment_item must match const 'text', got '{harassment_item}'"
                        )
                except LENIENT_ERRORS:
                    harassment_item = harassment_item_data
                harassment.append(harassment_item)

        except LENIENT_ERRORS:
            harassment = _raw_harassment
        parsed_obj_.harassment = AbsentList() if isinstance(harassment, Unset) else harassment
        _raw_harassmentthreatening = get_("harassment/threatening", UNSET)
        try:
            harassmentthreatening = []
            _harassmentthreatening = _raw_harassmentthreatening
            if not isinstance(_harassmentthreatening, list):
                raise TypeError()
            for harassmentthreatening_item_data in _harassmentthreatening:
                try:
                    harassmentthreatening_item = cast(
                        'Literal["text"]', harassmentthreatening_item_data
                    )
                    if harassmentthreatening_item != "text":
                        raise ValueError(
                            f"harassment/threatening_item must match const 'text', got '{harassmentthreatening_item}'"
                        )
                except LENIENT_ERRORS:
                    harassmentthreatening_item = harassmentthreatening_item_data
                harassmentthreatening.append(harassmentthreatening_item)

        except LENIENT_ERRORS:
            harassmentthreatening = _raw_harassmentthreatening
        parsed_obj_.harassment_threatening = (
            AbsentList() if isinstance(harassmentthreatening, Unset) else harassmentthreatening
        )
        _raw_illicit = get_("illicit", UNSET)
        try:
            illicit = []
            _illicit = _raw_illicit
            if not isinstance(_illicit, list):
                raise TypeError()
            for illicit_item_data in _illicit:
                try:
                    illicit_item = cast('Literal["text"]', illicit_item_data)
                    if illicit_item != "text":
                        raise ValueError(
                            f"illicit_item must match const 'text', got '{illicit_item}'"
                        )
                except LENIENT_ERRORS:
                    illicit_item = illicit_item_data
                illicit.append(illicit_item)

        except LENIENT_ERRORS:
            illicit = _raw_illicit
        parsed_obj_.illicit = AbsentList() if isinstance(illicit, Unset) else illicit
        _raw_illicitviolent = get_("illicit/violent", UNSET)
        try:
            illicitviolent = []
            _illicitviolent = _raw_illicitviolent
            if not isinstance(_illicitviolent, list):
                raise TypeError()
            for illicitviolent_item_data in _illicitviolent:
                try:
                    illicitviolent_item = cast('Literal["text"]', illicitviolent_item_data)
                    if illicitviolent_item != "text":
                        raise ValueError(
                            f"illicit/violent_item must match const 'text', got '{illicitviolent_item}'"
                        )
                except LENIENT_ERRORS:
                    illicitviolent_item = illicitviolent_item_data
                illicitviolent.append(illicitviolent_item)

        except LENIENT_ERRORS:
            illicitviolent = _raw_illicitviolent
        parsed_obj_.illicit_violent = (
            AbsentList() if isinstance(illicitviolent, Unset) else illicitviolent
        )
        _raw_self_harm = get_("self-harm", UNSET)
        try:
            self_harm = []
            _self_harm = _raw_self_harm
            if not isinstance(_self_harm, list):
                raise TypeError()
            for self_harm_item_data in _self_harm:
                try:
                    self_harm_item = check_create_moderation_response_results_item_category_applied_input_types_self_harm_item(
                        self_harm_item_data
                    )

                except LENIENT_ERRORS:
                    self_harm_item = self_harm_item_data
                self_harm.append(self_harm_item)

        except LENIENT_ERRORS:
            self_harm = _raw_self_harm
        parsed_obj_.self_harm = AbsentList() if isinstance(self_harm, Unset) else self_harm
        _raw_self_harmintent = get_("self-harm/intent", UNSET)
        try:
            self_harmintent = []
            _self_harmintent = _raw_self_harmintent
            if not isinstance(_self_harmintent, list):
                raise TypeError()
            for self_harmintent_item_data in _self_harmintent:
                try:
                    self_harmintent_item = check_create_moderation_response_results_item_category_applied_input_types_self_harm_item(
                        self_harmintent_item_data
                    )

                except LENIENT_ERRORS:
                    self_harmintent_item = self_harmintent_item_data
                self_harmintent.append(self_harmintent_item)

        except LENIENT_ERRORS:
            self_harmintent = _raw_self_harmintent
        parsed_obj_.self_harm_intent = (
            AbsentList() if isinstance(self_harmintent, Unset) else self_harmintent
        )
        _raw_self_harminstructions = get_("self-harm/instructions", UNSET)
        try:
            self_harminstructions = []
            _self_harminstructions = _raw_self_harminstructions
            if not isinstance(_self_harminstructions, list):
                raise TypeError()
            for self_harminstructions_item_data in _self_harminstructions:
                try:
                    self_harminstructions_item = check_create_moderation_response_results_item_category_applied_input_types_self_harm_item(
                        self_harminstructions_item_data
                    )

                except LENIENT_ERRORS:
                    self_harminstructions_item = self_harminstructions_item_data
                self_harminstructions.append(self_harminstructions_item)

        except LENIENT_ERRORS:
            self_harminstructions = _raw_self_harminstructions
        parsed_obj_.self_harm_instructions = (
            AbsentList() if isinstance(self_harminstructions, Unset) else self_harminstructions
        )
        _raw_sexual = get_("sexual", UNSET)
        try:
            sexual = []
            _sexual = _raw_sexual
            if not isinstance(_sexual, list):
                raise TypeError()
            for sexual_item_data in _sexual:
                try:
                    sexual_item = check_create_moderation_response_results_item_category_applied_input_types_self_harm_item(
                        sexual_item_data
                    )

                except LENIENT_ERRORS:
                    sexual_item = sexual_item_data
                sexual.append(sexual_item)

        except LENIENT_ERRORS:
            sexual = _raw_sexual
        parsed_obj_.sexual = AbsentList() if isinstance(sexual, Unset) else sexual
        _raw_sexualminors = get_("sexual/minors", UNSET)
        try:
            sexualminors = []
            _sexualminors = _raw_sexualminors
            if not isinstance(_sexualminors, list):
                raise TypeError()
            for sexualminors_item_data in _sexualminors:
                try:
                    sexualminors_item = cast('Literal["text"]', sexualminors_item_data)
                    if sexualminors_item != "text":
                        raise ValueError(
                            f"sexual/minors_item must match const 'text', got '{sexualminors_item}'"
                        )
                except LENIENT_ERRORS:
                    sexualminors_item = sexualminors_item_data
                sexualminors.append(sexualminors_item)

        except LENIENT_ERRORS:
            sexualminors = _raw_sexualminors
        parsed_obj_.sexual_minors = (
            AbsentList() if isinstance(sexualminors, Unset) else sexualminors
        )
        _raw_violence = get_("violence", UNSET)
        try:
            violence = []
            _violence = _raw_violence
            if not isinstance(_violence, list):
                raise TypeError()
            for violence_item_data in _violence:
                try:
                    violence_item = check_create_moderation_response_results_item_category_applied_input_types_self_harm_item(
                        violence_item_data
                    )

                except LENIENT_ERRORS:
                    violence_item = violence_item_data
                violence.append(violence_item)

        except LENIENT_ERRORS:
            violence = _raw_violence
        parsed_obj_.violence = AbsentList() if isinstance(violence, Unset) else violence
        _raw_violencegraphic = get_("violence/graphic", UNSET)
        try:
            violencegraphic = []
            _violencegraphic = _raw_violencegraphic
            if not isinstance(_violencegraphic, list):
                raise TypeError()
            for violencegraphic_item_data in _violencegraphic:
                try:
                    violencegraphic_item = check_create_moderation_response_results_item_category_applied_input_types_self_harm_item(
                        violencegraphic_item_data
                    )

                except LENIENT_ERRORS:
                    violencegraphic_item = violencegraphic_item_data
                violencegraphic.append(violencegraphic_item)

        except LENIENT_ERRORS:
            violencegraphic = _raw_violencegraphic
        parsed_obj_.violence_graphic = (
            AbsentList() if isinstance(violencegraphic, Unset) else violencegraphic
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
