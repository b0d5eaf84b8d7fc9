from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


def _parse_illicit(data: object) -> bool | None:
    if data is None:
        return data
    return cast("bool | None", data)


def _parse_illicitviolent(data: object) -> bool | None:
    if data is None:
        return data
    return cast("bool | None", data)


@_attrs_define(repr=False)
class CreateModerationResponseResultsItemCategories(ApiModel):
    """A list of the categories, and whether they are flagged or not."""

    hate: bool
    """ Content that expresses, incites, or promotes hate based on race, gender, ethnicity, religion, nationality,
    sexual orientation, disability status, or caste. Hateful content aimed at non-protected groups (e.g., chess
    players) is harassment. """

    hatethreatening: bool
    """ Hateful content that also includes violence or serious harm towards the targeted group based on race,
    gender, ethnicity, religion, nationality, sexual orientation, disability status, or caste. """

    harassment: bool
    """ Content that expresses, incites, or promotes harassing language towards any target. """

    harassmentthreatening: bool
    """ Harassment content that also includes violence or serious harm towards any target. """

    illicit: bool | None

    illicitviolent: bool | None

    self_harm: bool
    """ Content that promotes, encourages, or depicts acts of self-harm, such as suicide, cutting, and eating
    disorders. """

    self_harmintent: bool
    """ Content where the speaker expresses that they are engaging or intend to engage in acts of self-harm, such as
    suicide, cutting, and eating disorders. """

    self_harminstructions: bool
    """ Content that encourages performing acts of self-harm, such as suicide, cutting, and eating disorders, or
    that gives instructions or advice on how to commit such acts. """

    sexual: bool
    """ Content meant to arouse sexual excitement, such as the description of sexual activity, or that promotes
    sexual services (excluding sex education and wellness). """

    sexualminors: bool
    """ Sexual content that includes an individual who is under 18 years old. """

    violence: bool
    """ Content that depicts death, violence, or physical injury. """

    violencegraphic: bool
    """ Content that depicts death, violence, or physical injury in graphic detail. """

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
        "hate": "bool",
        "hatethreatening": "bool",
        "harassment": "bool",
        "harassmentthreatening": "bool",
        "illicit": "bool | None",
        "illicitviolent": "bool | None",
        "self_harm": "bool",
        "self_harmintent": "bool",
        "self_harminstructions": "bool",
        "sexual": "bool",
        "sexualminors": "bool",
        "violence": "bool",
        "violencegraphic": "bool",
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

        _raw_illicit = d.pop("illicit", None)
        try:
            illicit = _parse_illicit(_raw_illicit)

        except LENIENT_ERRORS:
            illicit = _raw_illicit

        _raw_illicitviolent = d.pop("illicit/violent", None)
        try:
            illicitviolent = _parse_illicitviolent(_raw_illicitviolent)

        except LENIENT_ERRORS:
            illicitviolent = _raw_illicitviolent

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
