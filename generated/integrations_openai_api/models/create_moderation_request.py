from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.create_moderation_request_model_enum import (
    CreateModerationRequestModelEnum,
    check_create_moderation_request_model_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_moderation_request_input_variant_3_item_image_url import (
        CreateModerationRequestInputVariant3ItemImageUrl,
    )
    from ..models.create_moderation_request_input_variant_3_item_text import (
        CreateModerationRequestInputVariant3ItemText,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateModerationRequestInputVariant3ItemImageUrl, \
        CreateModerationRequestInputVariant3ItemText
    from ..models.create_moderation_request_input_variant_3_item_image_url import (
        CreateModerationRequestInputVariant3ItemImageUrl,  # noqa: PLC0415
    )
    from ..models.create_moderation_request_input_variant_3_item_text import (
        CreateModerationRequestInputVariant3ItemText,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="CreateModerationRequest")


def _parse_input_(
    data: object,
) -> (
    list[
        CreateModerationRequestInputVariant3ItemImageUrl
        | CreateModerationRequestInputVariant3ItemText
    ]
    | list[str]
    | str
):
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        input_type_1 = cast("list[str]", data)

        return input_type_1
    except LENIENT_ERRORS:
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_input_type_2_item(
            data: object,
        ) -> (
            CreateModerationRequestInputVariant3ItemImageUrl
            | CreateModerationRequestInputVariant3ItemText
        ):
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        CreateModerationRequestInputVariant3ItemImageUrl,
                        CreateModerationRequestInputVariant3ItemText,
                    ),
                )
                if variant is None:
                    return cast(
                        "CreateModerationRequestInputVariant3ItemImageUrl | CreateModerationRequestInputVariant3ItemText",
                        UnknownVariant(data),
                    )
                return cast(
                    "CreateModerationRequestInputVariant3ItemImageUrl | CreateModerationRequestInputVariant3ItemText",
                    variant.from_dict(data),
                )
            return cast(
                "CreateModerationRequestInputVariant3ItemImageUrl | CreateModerationRequestInputVariant3ItemText",
                data,
            )

        input_type_2 = []
        _input_type_2 = data
        if not isinstance(_input_type_2, list):
            raise TypeError()
        for input_type_2_item_data in _input_type_2:
            try:
                input_type_2_item = _parse_input_type_2_item(input_type_2_item_data)

            except LENIENT_ERRORS:
                input_type_2_item = input_type_2_item_data
            input_type_2.append(input_type_2_item)

        return input_type_2
    except LENIENT_ERRORS:
        pass
    return cast(
        "list[CreateModerationRequestInputVariant3ItemImageUrl | CreateModerationRequestInputVariant3ItemText] | list[str] | str",
        data,
    )


def _parse_model(data: object) -> CreateModerationRequestModelEnum | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_create_moderation_request_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateModerationRequestModelEnum | str | Unset", data)


@_attrs_define
class CreateModerationRequest:
    input_: (
        list[
            CreateModerationRequestInputVariant3ItemImageUrl
            | CreateModerationRequestInputVariant3ItemText
        ]
        | list[str]
        | str
    )
    """ Input (or inputs) to classify. Can be a single string, an array of strings, or
    an array of multi-modal input objects similar to other models.
     """
    model: CreateModerationRequestModelEnum | str | Unset = UNSET
    """ The content moderation model you would like to use. Learn more in
    [the moderation guide](/docs/guides/moderation), and learn about
    available models [here](/docs/models#moderation).

    Server default: `"omni-moderation-latest"`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("input",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input",
            "model",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.input_, Unset):
            field_dict["input"] = to_json(self.input_)
        if self.model is not UNSET:
            field_dict["model"] = to_json(self.model)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateModerationRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_input_ = d.pop("input", UNSET)
        try:
            input_ = _parse_input_(_raw_input_)

        except LENIENT_ERRORS:
            input_ = _raw_input_

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        parsed_obj_ = cls(
            input_=input_,
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
