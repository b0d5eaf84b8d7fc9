from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class CreateModerationRequest(ApiModel):
    input: (
        list[
            CreateModerationRequestInputVariant3ItemImageUrl
            | CreateModerationRequestInputVariant3ItemText
            | UnknownVariant
        ]
        | list[str]
        | str
    )
    """ Input (or inputs) to classify. Can be a single string, an array of strings, or
    an array of multi-modal input objects similar to other models.
     """

    model: CreateModerationRequestModelEnum | str | None = ABSENT
    """ The content moderation model you would like to use. Learn more in
    [the moderation guide](https://platform.openai.com/docs/guides/moderation), and learn about
    available models [here](https://platform.openai.com/docs/models#moderation).

    Server default: `"omni-moderation-latest"`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input", "input"),
        ("model", "model"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "input": "list[CreateModerationRequestInputVariant3ItemImageUrl | CreateModerationRequestInputVariant3ItemText] | list[str] | str",
        "model": "CreateModerationRequestModelEnum | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("input",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input",
            "model",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input
        if value_1 is None:
            if "input" in present:
                out["input"] = None
        else:
            out["input"] = to_json(value_1)
        value_2 = self.model
        if value_2 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_input_ = get_("input", None)
        try:
            input_ = _parse_input_(_raw_input_)

        except LENIENT_ERRORS:
            input_ = _raw_input_
        parsed_obj_.input = input_
        _raw_model = get_("model", UNSET)
        if _raw_model is not UNSET:
            try:
                model = _parse_model(_raw_model)

            except LENIENT_ERRORS:
                model = _raw_model
        else:
            model = _raw_model
        parsed_obj_.model = None if isinstance(model, Unset) else model
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
