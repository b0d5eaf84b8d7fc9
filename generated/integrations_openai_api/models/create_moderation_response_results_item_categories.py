from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateModerationResponseResultsItemCategories(ApiModel):
    """A list of the categories, and whether they are flagged or not."""

    hate: bool
    """ Content that expresses, incites, or promotes hate based on race, gender, ethnicity, religion, nationality,
    sexual orientation, disability status, or caste. Hateful content aimed at non-protected groups (e.g., chess
    players) is harassment. """

    hate_threatening: bool
    """ Hateful content that also includes violence or serious harm towards the targeted group based on race,
    gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste. """

    harassment: bool
    """ Content that expresses, incites, or promotes harassing language towards any target. """

    harassment_threatening: bool
    """ Harassment content that also includes violence or serious harm towards any target. """

    self_harm: bool
    """ Content that promotes, encourages, or depicts acts of self-harm, such as suicide, cutting, and eating
    disorders. """

    self_harm_intent: bool
    """ Content where the speaker expresses that they are engaging or intend to engage in acts of self-harm, such as
    suicide, cutting, and eating disorders. """

    self_harm_instructions: bool
    """ Content that encourages performing acts of self-harm, such as suicide, cutting, and eating disorders, or
    that gives instructions or advice on how to commit such acts. """

    sexual: bool
    """ Content meant to arouse sexual excitement, such as the description of sexual activity, or that promotes
    sexual services (excluding sex education and wellness). """

    sexual_minors: bool
    """ Sexual content that includes an individual who is under 18 years old. """

    violence: bool
    """ Content that depicts death, violence, or physical injury. """

    violence_graphic: bool
    """ Content that depicts death, violence, or physical injury in graphic detail. """

    illicit: bool | None = ABSENT

    illicit_violent: bool | None = ABSENT

    _sdk_name_: ClassVar[str] = "Categories"
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
        "hate": "bool",
        "hate_threatening": "bool",
        "harassment": "bool",
        "harassment_threatening": "bool",
        "illicit": "bool | None",
        "illicit_violent": "bool | None",
        "self_harm": "bool",
        "self_harm_intent": "bool",
        "self_harm_instructions": "bool",
        "sexual": "bool",
        "sexual_minors": "bool",
        "violence": "bool",
        "violence_graphic": "bool",
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
        else:
            out["harassment"] = value_1
        value_2 = self.harassment_threatening
        if value_2 is None:
            if "harassment/threatening" in present:
                out["harassment/threatening"] = None
        else:
            out["harassment/threatening"] = value_2
        value_3 = self.hate
        if value_3 is None:
            if "hate" in present:
                out["hate"] = None
        else:
            out["hate"] = value_3
        value_4 = self.hate_threatening
        if value_4 is None:
            if "hate/threatening" in present:
                out["hate/threatening"] = None
        else:
            out["hate/threatening"] = value_4
        value_5 = self.illicit
        if value_5 is None:
            if "illicit" in present:
                out["illicit"] = None
        else:
            out["illicit"] = to_json(value_5)
        value_6 = self.illicit_violent
        if value_6 is None:
            if "illicit/violent" in present:
                out["illicit/violent"] = None
        else:
            out["illicit/violent"] = to_json(value_6)
        value_7 = self.self_harm
        if value_7 is None:
            if "self-harm" in present:
                out["self-harm"] = None
        else:
            out["self-harm"] = value_7
        value_8 = self.self_harm_instructions
        if value_8 is None:
            if "self-harm/instructions" in present:
                out["self-harm/instructions"] = None
        else:
            out["self-harm/instructions"] = value_8
        value_9 = self.self_harm_intent
        if value_9 is None:
            if "self-harm/intent" in present:
                out["self-harm/intent"] = None
        else:
            out["self-harm/intent"] = value_9
        value_10 = self.sexual
        if value_10 is None:
            if "sexual" in present:
                out["sexual"] = None
        else:
            out["sexual"] = value_10
        value_11 = self.sexual_minors
        if value_11 is None:
            if "sexual/minors" in present:
                out["sexual/minors"] = None
        else:
            out["sexual/minors"] = value_11
        value_12 = self.violence
        if value_12 is None:
            if "violence" in present:
                out["violence"] = None
        else:
            out["violence"] = value_12
        value_13 = self.violence_graphic
        if value_13 is None:
            if "violence/graphic" in present:
                out["violence/graphic"] = None
        else:
            out["violence/graphic"] = value_13
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.hate = get_("hate")
        parsed_obj_.hate_threatening = get_("hate/threatening")
        parsed_obj_.harassment = get_("harassment")
        parsed_obj_.harassment_threatening = get_("harassment/threatening")
        parsed_obj_.illicit = get_("illicit")
        parsed_obj_.illicit_violent = get_("illicit/violent")
        parsed_obj_.self_harm = get_("self-harm")
        parsed_obj_.self_harm_intent = get_("self-harm/intent")
        parsed_obj_.self_harm_instructions = get_("self-harm/instructions")
        parsed_obj_.sexual = get_("sexual")
        parsed_obj_.sexual_minors = get_("sexual/minors")
        parsed_obj_.violence = get_("violence")
        parsed_obj_.violence_graphic = get_("violence/graphic")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
