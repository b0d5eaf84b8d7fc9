from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateModerationResponseResultsItemCategoryScores")


@_attrs_define
class CreateModerationResponseResultsItemCategoryScores:
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
            field_dict["illicit"] = self.illicit
        if not isinstance(self.illicitviolent, Unset):
            field_dict["illicit/violent"] = self.illicitviolent
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
                f"CreateModerationResponseResultsItemCategoryScores: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        hate = d.pop("hate", UNSET)

        hatethreatening = d.pop("hate/threatening", UNSET)

        harassment = d.pop("harassment", UNSET)

        harassmentthreatening = d.pop("harassment/threatening", UNSET)

        illicit = d.pop("illicit", UNSET)

        illicitviolent = d.pop("illicit/violent", UNSET)

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
