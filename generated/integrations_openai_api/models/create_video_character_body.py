from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.wire import multipart_files
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateVideoCharacterBody")


@_attrs_define
class CreateVideoCharacterBody:
    """Parameters for creating a character from an uploaded video."""

    video: File
    """ Video file used to create a character. """
    name: str
    """ Display name for this API character. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "video",
        "name",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "video",
            "name",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.video, Unset):
            field_dict["video"] = to_json(self.video)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("video", self.video),
                ("name", self.name),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateVideoCharacterBody: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_video = d.pop("video", UNSET)
        try:
            video = File(payload=BytesIO(_raw_video))

        except LENIENT_ERRORS:
            video = _raw_video

        name = d.pop("name", UNSET)

        parsed_obj_ = cls(
            video=video,
            name=name,
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
