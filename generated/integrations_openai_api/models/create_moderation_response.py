from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_moderation_response_results_item import CreateModerationResponseResultsItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateModerationResponseResultsItem
    from ..models.create_moderation_response_results_item import CreateModerationResponseResultsItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateModerationResponse")


@_attrs_define
class CreateModerationResponse:
    """Represents if a given text input is potentially harmful."""

    id: str
    """ The unique identifier for the moderation request. """
    model: str
    """ The model used to generate the moderation results. """
    results: list[CreateModerationResponseResultsItem]
    """ A list of moderation objects. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "model",
        "results",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "model",
            "results",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.model, Unset):
            field_dict["model"] = self.model
        if not isinstance(self.results, Unset):
            field_dict["results"] = to_json(self.results)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateModerationResponse: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        model = d.pop("model", UNSET)

        _raw_results = d.pop("results", UNSET)
        try:
            results = []
            _results = _raw_results
            if not isinstance(_results, list):
                raise TypeError()
            for results_item_data in _results:
                try:
                    results_item = CreateModerationResponseResultsItem.from_dict(results_item_data)

                except LENIENT_ERRORS:
                    results_item = results_item_data
                results.append(results_item)

        except LENIENT_ERRORS:
            results = _raw_results

        parsed_obj_ = cls(
            id=id,
            model=model,
            results=results,
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
