from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.easy_input_message_role import EasyInputMessageRole, check_easy_input_message_role
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="EvalItem")


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


@_attrs_define
class EvalItem:
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role. Messages with the
    `assistant` role are presumed to have been generated by the model in previous
    interactions.

    """

    role: EasyInputMessageRole
    """ The role of the message input. One of `user`, `assistant`, `system`, or
    `developer`.
     """
    content: (
        EvalItemContentOutputText
        | EvalItemInputImage
        | InputAudio
        | InputTextContent
        | list[EvalItemContentOutputText | EvalItemInputImage | InputAudio | InputTextContent | str]
        | str
    )
    """ Inputs to the model - can contain template strings. Supports text, output text, input images, and input
    audio, either as a single item or an array of items.
     """
    type_: Literal["message"] | Unset = "message"
    """ The type of the message input. Always `message`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"EvalItem: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_role = d.pop("role", UNSET)
        try:
            role = check_easy_input_message_role(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

        _raw_content = d.pop("content", UNSET)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['message'] | Unset", _raw_type_)
            if type_ != "message" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'message', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        parsed_obj_ = cls(
            role=role,
            content=content,
            type_=type_,
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
