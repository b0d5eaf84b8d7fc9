from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageAudioTranscriptionsResult")


def _parse_project_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_user_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_api_key_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_model(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class UsageAudioTranscriptionsResult:
    """The aggregated audio transcriptions usage details of the specific time bucket."""

    seconds: int
    """ The number of seconds processed. """
    num_model_requests: int
    """ The count of requests made to the model. """
    object_: Literal["organization.usage.audio_transcriptions.result"] = (
        "organization.usage.audio_transcriptions.result"
    )
    project_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    api_key_id: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.usage.audio_transcriptions.result",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "seconds",
        "num_model_requests",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "seconds",
            "num_model_requests",
            "project_id",
            "user_id",
            "api_key_id",
            "model",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.seconds, Unset):
            field_dict["seconds"] = self.seconds
        if not isinstance(self.num_model_requests, Unset):
            field_dict["num_model_requests"] = self.num_model_requests
        if self.project_id is not UNSET:
            field_dict["project_id"] = to_json(self.project_id)
        if self.user_id is not UNSET:
            field_dict["user_id"] = to_json(self.user_id)
        if self.api_key_id is not UNSET:
            field_dict["api_key_id"] = to_json(self.api_key_id)
        if self.model is not UNSET:
            field_dict["model"] = to_json(self.model)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"UsageAudioTranscriptionsResult: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast(
                "Literal['organization.usage.audio_transcriptions.result']", _raw_object_
            )
            if object_ != "organization.usage.audio_transcriptions.result":
                raise ValueError(
                    f"object must match const 'organization.usage.audio_transcriptions.result', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        seconds = d.pop("seconds", UNSET)

        num_model_requests = d.pop("num_model_requests", UNSET)

        _raw_project_id = d.pop("project_id", UNSET)
        try:
            project_id = _parse_project_id(_raw_project_id)

        except LENIENT_ERRORS:
            project_id = _raw_project_id

        _raw_user_id = d.pop("user_id", UNSET)
        try:
            user_id = _parse_user_id(_raw_user_id)

        except LENIENT_ERRORS:
            user_id = _raw_user_id

        _raw_api_key_id = d.pop("api_key_id", UNSET)
        try:
            api_key_id = _parse_api_key_id(_raw_api_key_id)

        except LENIENT_ERRORS:
            api_key_id = _raw_api_key_id

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        parsed_obj_ = cls(
            object_=object_,
            seconds=seconds,
            num_model_requests=num_model_requests,
            project_id=project_id,
            user_id=user_id,
            api_key_id=api_key_id,
            model=model,
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
