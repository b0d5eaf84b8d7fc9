from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_tool_calls_code_output_image_object_image import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage
    from ..models.run_step_delta_step_details_tool_calls_code_output_image_object_image import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsCodeOutputImageObject")


@_attrs_define
class RunStepDeltaStepDetailsToolCallsCodeOutputImageObject:
    index: int
    """ The index of the output in the outputs array. """
    type_: Literal["image"] = "image"
    """ Always `image`. """
    image: RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "index",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "index",
            "type",
            "image",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.index, Unset):
            field_dict["index"] = self.index
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.image is not UNSET:
            field_dict["image"] = to_json(self.image)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunStepDeltaStepDetailsToolCallsCodeOutputImageObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['image']", _raw_type_)
            if type_ != "image":
                raise ValueError(f"type must match const 'image', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_image = d.pop("image", UNSET)
        try:
            _image = _raw_image
            image: RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage | Unset
            if isinstance(_image, Unset):
                image = UNSET
            else:
                image = RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage.from_dict(_image)

        except LENIENT_ERRORS:
            image = _raw_image

        parsed_obj_ = cls(
            index=index,
            type_=type_,
            image=image,
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
