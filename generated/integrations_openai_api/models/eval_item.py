from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.easy_input_message_role import EasyInputMessageRole

if TYPE_CHECKING:
    from ..models.eval_item_content_output_text import EvalItemContentOutputText
    from ..models.eval_item_input_image import EvalItemInputImage
    from ..models.input_audio import InputAudio
    from ..models.input_text_content import InputTextContent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EvalItemContentOutputText, EvalItemInputImage, InputAudio, InputTextContent
    from ..models.eval_item_content_output_text import EvalItemContentOutputText  # noqa: PLC0415
    from ..models.eval_item_input_image import EvalItemInputImage  # noqa: PLC0415
    from ..models.input_audio import InputAudio  # noqa: PLC0415
    from ..models.input_text_content import InputTextContent  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_content(
    data: object,
) -> (
    EvalItemContentOutputText
    | EvalItemInputImage
    | InputAudio
    | InputTextContent
    | list[EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str]
    | str
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                InputTextContent,
                EvalItemContentOutputText,
                EvalItemInputImage,
                InputAudio,
            ),
        )
        if variant is None:
            return cast(
                "EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | list[EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str] | str",
                UnknownVariant(data),
            )
        return cast(
            "EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | list[EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str] | str",
            variant.from_dict(data),
        )
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_componentsschemas_eval_item_content_array_item(
            data: object,
        ) -> EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str:
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        InputTextContent,
                        EvalItemContentOutputText,
                        EvalItemInputImage,
                        InputAudio,
                    ),
                )
                if variant is None:
                    return cast(
                        "EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str",
                        UnknownVariant(data),
                    )
                return cast(
                    "EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str",
                    variant.from_dict(data),
                )
            return cast(
                "EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str",
                data,
            )

        componentsschemas_eval_item_content_type_1 = []
        _componentsschemas_eval_item_content_type_1 = data
        if not isinstance(_componentsschemas_eval_item_content_type_1, list):
            raise TypeError()
        for (
            componentsschemas_eval_item_content_array_item_data
        ) in _componentsschemas_eval_item_content_type_1:
            try:
                componentsschemas_eval_item_content_array_item = (
                    _parse_componentsschemas_eval_item_content_array_item(
                        componentsschemas_eval_item_content_array_item_data
                    )
                )

            except LENIENT_ERRORS:
                componentsschemas_eval_item_content_array_item = (
                    componentsschemas_eval_item_content_array_item_data
                )
            componentsschemas_eval_item_content_type_1.append(
                componentsschemas_eval_item_content_array_item
            )

        return componentsschemas_eval_item_content_type_1
    except LENIENT_ERRORS:
        pass
    return cast(
        "EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | list[EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str] | str",
        data,
    )


@_attrs_define(repr=False)
class EvalItem(ApiModel):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role. Messages with the
    `assistant` role are presumed to have been generated by the model in previous
    interactions.

    """

    role: EasyInputMessageRole | str
    """ The role of the message input. One of `user`, `assistant`, `system`, or
    `developer`.
     """

    content: (
        EvalItemContentOutputText
        | EvalItemInputImage
        | InputAudio
        | InputTextContent
        | list[
            EvalItemContentOutputText
            | EvalItemInputImage
            | InputAudio
            | InputTextContent
            | str
            | UnknownVariant
        ]
        | str
        | UnknownVariant
    )
    """ Inputs to the model - can contain template strings. Supports text, output text, input images, and input
    audio, either as a single item or an array of items.
     """

    type: Literal["message"] | None = "message"
    """ The type of the message input. Always `message`.
     """

    _sdk_name_: ClassVar[str] = "Input"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "content": {
            "EvalItemContentOutputText": "InputContentOutputText",
            "EvalItemInputImage": "InputContentInputImage",
        }
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role": "EasyInputMessageRole",
        "content": "EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | list[EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str] | str",
        "type": "Literal['message'] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": (
            "assistant",
            "developer",
            "system",
            "user",
        ),
        "type": ("message",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "role",
        "content",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "content",
            "type",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.content
        if value_1 is None:
            if "content" in present:
                out["content"] = None
        else:
            out["content"] = to_json(value_1)
        value_2 = self.role
        if value_2 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
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
        parsed_obj_.role = get_("role")
        _raw_content = get_("content", None)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content
        parsed_obj_.content = content
        parsed_obj_.type = get_("type")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
