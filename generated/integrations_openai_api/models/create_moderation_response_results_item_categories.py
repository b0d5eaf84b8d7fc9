from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateModerationResponseResultsItemCategories")


def _parse_illicit(data: object) -> bool | None:
    if data is None:
        return data
    return cast("bool | None", data)


def _parse_illicitviolent(data: object) -> bool | None:
    if data is None:
        return data
    return cast("bool | None", data)


@_attrs_define
class CreateModerationResponseResultsItemCategories:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.hate, Unset):
            field_dict["hate"] = self.hate
        if not isinstance(self.hatethreatening, Unset):
            field_dict["hate/threatening"] = self.hatethreatening
        if not isinstance(self.harassment, Unset):
            field_dict["harassment"] = self.harassment
        if not isinstance(self.harassmentthreatening, Unset):
            field_dict["harassment/threatening"] = self.harassmentthreatening
        if not isinstance(self.illicit, Unset):
            field_dict["illicit"] = to_json(self.illicit)
        if not isinstance(self.illicitviolent, Unset):
            field_dict["illicit/violent"] = to_json(self.illicitviolent)
        if not isinstance(self.self_harm, Unset):
            field_dict["self-harm"] = self.self_harm
        if not isinstance(self.self_harmintent, Unset):
            field_dict["self-harm/intent"] = self.self_harmintent
        if not isinstance(self.self_harminstructions, Unset):
            field_dict["self-harm/instructions"] = self.self_harminstructions
        if not isinstance(self.sexual, Unset):
            field_dict["sexual"] = self.sexual
        if not isinstance(self.sexualminors, Unset):
            field_dict["sexual/minors"] = self.sexualminors
        if not isinstance(self.violence, Unset):
            field_dict["violence"] = self.violence
        if not isinstance(self.violencegraphic, Unset):
            field_dict["violence/graphic"] = self.violencegraphic
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateModerationResponseResultsItemCategories: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        hate = d.pop("hate", UNSET)

        hatethreatening = d.pop("hate/threatening", UNSET)

        harassment = d.pop("harassment", UNSET)

        harassmentthreatening = d.pop("harassment/threatening", UNSET)

        _raw_illicit = d.pop("illicit", UNSET)
        try:
            illicit = _parse_illicit(_raw_illicit)

        except LENIENT_ERRORS:
            illicit = _raw_illicit

        _raw_illicitviolent = d.pop("illicit/violent", UNSET)
        try:
            illicitviolent = _parse_illicitviolent(_raw_illicitviolent)

        except LENIENT_ERRORS:
            illicitviolent = _raw_illicitviolent

        self_harm = d.pop("self-harm", UNSET)

        self_harmintent = d.pop("self-harm/intent", UNSET)

        self_harminstructions = d.pop("self-harm/instructions", UNSET)

        sexual = d.pop("sexual", UNSET)

        sexualminors = d.pop("sexual/minors", UNSET)

        violence = d.pop("violence", UNSET)

        violencegraphic = d.pop("violence/graphic", UNSET)

        parsed_obj_ = cls(
            hate=hate,
            hatethreatening=hatethreatening,
            harassment=harassment,
            harassmentthreatening=harassmentthreatening,
            illicit=illicit,
            illicitviolent=illicitviolent,
            self_harm=self_harm,
            self_harmintent=self_harmintent,
            self_harminstructions=self_harminstructions,
            sexual=sexual,
            sexualminors=sexualminors,
            violence=violence,
            violencegraphic=violencegraphic,
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
