from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class CreateModerationResponseResultsItemCategoryScores(ApiModel):
    """A list of the categories along with their scores as predicted by model."""

    hate: float
    """ The score for the category 'hate'. """

    hatethreatening: float
    """ The score for the category 'hate/threatening'. """

    harassment: float
    """ The score for the category 'harassment'. """

    harassmentthreatening: float
    """ The score for the category 'harassment/threatening'. """

    illicit: float
    """ The score for the category 'illicit'. """

    illicitviolent: float
    """ The score for the category 'illicit/violent'. """

    self_harm: float
    """ The score for the category 'self-harm'. """

    self_harmintent: float
    """ The score for the category 'self-harm/intent'. """

    self_harminstructions: float
    """ The score for the category 'self-harm/instructions'. """

    sexual: float
    """ The score for the category 'sexual'. """

    sexualminors: float
    """ The score for the category 'sexual/minors'. """

    violence: float
    """ The score for the category 'violence'. """

    violencegraphic: float
    """ The score for the category 'violence/graphic'. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("hate", "hate"),
        ("hatethreatening", "hate/threatening"),
        ("harassment", "harassment"),
        ("harassmentthreatening", "harassment/threatening"),
        ("illicit", "illicit"),
        ("illicitviolent", "illicit/violent"),
        ("self_harm", "self-harm"),
        ("self_harmintent", "self-harm/intent"),
        ("self_harminstructions", "self-harm/instructions"),
        ("sexual", "sexual"),
        ("sexualminors", "sexual/minors"),
        ("violence", "violence"),
        ("violencegraphic", "violence/graphic"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "hate": "float",
        "hatethreatening": "float",
        "harassment": "float",
        "harassmentthreatening": "float",
        "illicit": "float",
        "illicitviolent": "float",
        "self_harm": "float",
        "self_harmintent": "float",
        "self_harminstructions": "float",
        "sexual": "float",
        "sexualminors": "float",
        "violence": "float",
        "violencegraphic": "float",
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
        parsed_obj_.hatethreatening = hatethreatening
        parsed_obj_.harassment = harassment
        parsed_obj_.harassmentthreatening = harassmentthreatening
        parsed_obj_.illicit = illicit
        parsed_obj_.illicitviolent = illicitviolent
        parsed_obj_.self_harm = self_harm
        parsed_obj_.self_harmintent = self_harmintent
        parsed_obj_.self_harminstructions = self_harminstructions
        parsed_obj_.sexual = sexual
        parsed_obj_.sexualminors = sexualminors
        parsed_obj_.violence = violence
        parsed_obj_.violencegraphic = violencegraphic
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
