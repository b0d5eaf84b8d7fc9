from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.service_tier_2 import ServiceTier2, check_service_tier_2
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.completion_usage import CompletionUsage
    from ..models.create_chat_completion_response_choices_item import (
        CreateChatCompletionResponseChoicesItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CompletionUsage, CreateChatCompletionResponseChoicesItem
    from ..models.completion_usage import CompletionUsage  # noqa: PLC0415
    from ..models.create_chat_completion_response_choices_item import (
        CreateChatCompletionResponseChoicesItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="CreateChatCompletionResponse")


def _parse_service_tier(data: object) -> None | ServiceTier2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_service_tier_type_0 = check_service_tier_2(data)

        return componentsschemas_service_tier_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ServiceTier2 | Unset", data)


def _parse_system_fingerprint(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_usage(data: object) -> CompletionUsage | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CompletionUsage.from_dict(data)
    return cast("CompletionUsage | None | Unset", data)


@_attrs_define
class CreateChatCompletionResponse:
    """Represents a chat completion response returned by model, based on the provided input."""

    id: str
    """ A unique identifier for the chat completion. """
    choices: list[CreateChatCompletionResponseChoicesItem]
    """ A list of chat completion choices. Can be more than one if `n` is greater than 1. """
    created: int
    """ The Unix timestamp (in seconds) of when the chat completion was created. """
    model: str
    """ The model used for the chat completion. """
    object_: Literal["chat.completion"] = "chat.completion"
    """ The object type, which is always `chat.completion`. """
    service_tier: None | ServiceTier2 | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    """ This fingerprint represents the backend configuration that the model runs with.

    Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made
    that might impact determinism.
     """
    usage: CompletionUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("chat.completion",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "choices",
        "created",
        "model",
        "object",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "choices",
            "created",
            "model",
            "object",
            "service_tier",
            "system_fingerprint",
            "usage",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.choices, Unset):
            field_dict["choices"] = to_json(self.choices)
        if not isinstance(self.created, Unset):
            field_dict["created"] = self.created
        if not isinstance(self.model, Unset):
            field_dict["model"] = self.model
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if self.service_tier is not UNSET:
            field_dict["service_tier"] = to_json(self.service_tier)
        if self.system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = to_json(self.system_fingerprint)
        if self.usage is not UNSET:
            field_dict["usage"] = to_json(self.usage)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateChatCompletionResponse: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_choices = d.pop("choices", UNSET)
        try:
            choices = []
            _choices = _raw_choices
            if not isinstance(_choices, list):
                raise TypeError()
            for choices_item_data in _choices:
                try:
                    choices_item = CreateChatCompletionResponseChoicesItem.from_dict(
                        choices_item_data
                    )

                except LENIENT_ERRORS:
                    choices_item = choices_item_data
                choices.append(choices_item)

        except LENIENT_ERRORS:
            choices = _raw_choices

        created = d.pop("created", UNSET)

        model = d.pop("model", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['chat.completion']", _raw_object_)
            if object_ != "chat.completion":
                raise ValueError(f"object must match const 'chat.completion', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_service_tier = d.pop("service_tier", UNSET)
        try:
            service_tier = _parse_service_tier(_raw_service_tier)

        except LENIENT_ERRORS:
            service_tier = _raw_service_tier

        _raw_system_fingerprint = d.pop("system_fingerprint", UNSET)
        try:
            system_fingerprint = _parse_system_fingerprint(_raw_system_fingerprint)

        except LENIENT_ERRORS:
            system_fingerprint = _raw_system_fingerprint

        _raw_usage = d.pop("usage", UNSET)
        try:
            usage = _parse_usage(_raw_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        parsed_obj_ = cls(
            id=id,
            choices=choices,
            created=created,
            model=model,
            object_=object_,
            service_tier=service_tier,
            system_fingerprint=system_fingerprint,
            usage=usage,
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
