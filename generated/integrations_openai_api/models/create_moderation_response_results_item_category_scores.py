from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


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

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("hate", "hate"),
        ("hate_threatening", "hate/threatening"),
        ("harassment", "harassment"),
        ("harassment_threatening", "harassment/threatening"),
        ("illicit", "illicit"),
        ("illicit_violent", "illicit/violent"),
        ("self_harm", "self-harm"),
        ("self_harm_intent", "self-harm/intent"),
        ("self_harm_instructions", "self-harm/instructions"),
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        hate = d.pop("hate", None)

        hatethreatening = d.pop("hate/threatening", None)

        harassment = d.pop("harassment", None)

        harassmentthreatening = d.pop("harassment/threatening", None)

        illicit = d.pop("illicit", None)

        illicitviolent = d.pop("illicit/violent", None)

        self_harm = d.pop("self-harm", None)

        self_harmintent = d.pop("self-harm/intent", None)

        self_harminstructions = d.pop("self-harm/instructions", None)

        sexual = d.pop("sexual", None)

        sexualminors = d.pop("sexual/minors", None)

        violence = d.pop("violence", None)

        violencegraphic = d.pop("violence/graphic", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.hate = hate
        parsed_obj_.hate_threatening = hatethreatening
        parsed_obj_.harassment = harassment
        parsed_obj_.harassment_threatening = harassmentthreatening
        parsed_obj_.illicit = illicit
        parsed_obj_.illicit_violent = illicitviolent
        parsed_obj_.self_harm = self_harm
        parsed_obj_.self_harm_intent = self_harmintent
        parsed_obj_.self_harm_instructions = self_harminstructions
        parsed_obj_.sexual = sexual
        parsed_obj_.sexual_minors = sexualminors
        parsed_obj_.violence = violence
        parsed_obj_.violence_graphic = violencegraphic
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
