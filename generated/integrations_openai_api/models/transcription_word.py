from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionWord")


@_attrs_define
class TranscriptionWord:
    word: str
    """ The text content of the word. """
    start: float
    """ Start time of the word in seconds. """
    end: float
    """ End time of the word in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "word",
        "start",
        "end",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "word",
            "start",
            "end",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.word, Unset):
            field_dict["word"] = self.word
        if not isinstance(self.start, Unset):
            field_dict["start"] = self.start
        if not isinstance(self.end, Unset):
            field_dict["end"] = self.end
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"TranscriptionWord: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        word = d.pop("word", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        parsed_obj_ = cls(
            word=word,
            start=start,
            end=end,
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
