from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import as_float, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateModerationResponseResultsItemCategoryScores(ApiModel):
    """A list of the categories along with their scores as predicted by model."""

    hate: float
    """ The score for the category 'hate'. """

    hate_threatening: float
    """ The score for the category 'hate/threatening'. """

    harassment: float
    """ The score for the category 'harassment'. """

    harassment_threatening: float
    """ The score for the category 'harassment/threatening'. """

    illicit: float
    """ The score for the category 'illicit'. """

    illicit_violent: float
    """ The score for the category 'illicit/violent'. """

    self_harm: float
    """ The score for the category 'self-harm'. """

    self_harm_intent: float
    """ The score for the category 'self-harm/intent'. """

    self_harm_instructions: float
    """ The score for the category 'self-harm/instructions'. """

    sexual: float
    """ The score for the category 'sexual'. """

    sexual_minors: float
    """ The score for the category 'sexual/minors'. """

    violence: float
    """ The score for the category 'violence'. """

    violence_graphic: float
    """ The score for the category 'violence/graphic'. """

    _sdk_name_: ClassVar[str] = "CategoryScores"
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
        "hate": "float",
        "hate_threatening": "float",
        "harassment": "float",
        "harassment_threatening": "float",
        "illicit": "float",
        "illicit_violent": "float",
        "self_harm": "float",
        "self_harm_intent": "float",
        "self_harm_instructions": "float",
        "sexual": "float",
        "sexual_minors": "float",
        "violence": "float",
        "violence_graphic": "float",
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
            out["illicit"] = value_5
        value_6 = self.illicit_violent
        if value_6 is None:
            if "illicit/violent" in present:
                out["illicit/violent"] = None
        else:
            out["illicit/violent"] = value_6
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
        parsed_obj_.hate = as_float(get_("hate"))
        parsed_obj_.hate_threatening = as_float(get_("hate/threatening"))
        parsed_obj_.harassment = as_float(get_("harassment"))
        parsed_obj_.harassment_threatening = as_float(get_("harassment/threatening"))
        parsed_obj_.illicit = as_float(get_("illicit"))
        parsed_obj_.illicit_violent = as_float(get_("illicit/violent"))
        parsed_obj_.self_harm = as_float(get_("self-harm"))
        parsed_obj_.self_harm_intent = as_float(get_("self-harm/intent"))
        parsed_obj_.self_harm_instructions = as_float(get_("self-harm/instructions"))
        parsed_obj_.sexual = as_float(get_("sexual"))
        parsed_obj_.sexual_minors = as_float(get_("sexual/minors"))
        parsed_obj_.violence = as_float(get_("violence"))
        parsed_obj_.violence_graphic = as_float(get_("violence/graphic"))
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
