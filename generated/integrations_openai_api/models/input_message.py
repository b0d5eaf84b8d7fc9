from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.input_message_role import InputMessageRole, check_input_message_role
from ..models.input_message_status import InputMessageStatus, check_input_message_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, InputFileContent, InputImageContent, InputTextContent
    from ..models.input_file_content import InputFileContent  # noqa: PLC0415
    from ..models.input_image_content import InputImageContent  # noqa: PLC0415
    from ..models.input_text_content import InputTextContent  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="InputMessage")


def _parse_componentsschemas_input_message_content_list_item(
    data: object,
) -> InputFileContent | InputImageContent | InputTextContent:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                InputTextContent,
                InputImageContent,
                InputFileContent,
            ),
        )
        if variant is None:
            return cast(
                "InputFileContent | InputImageContent | InputTextContent", UnknownVariant(data)
            )
        return cast(
            "InputFileContent | InputImageContent | InputTextContent", variant.from_dict(data)
        )
    return cast("InputFileContent | InputImageContent | InputTextContent", data)


def _parse_status(data: object) -> InputMessageStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = check_input_message_status(data)

        return status_type_0
    except LENIENT_ERRORS:
        pass
    return cast("InputMessageStatus | None | Unset", data)


@_attrs_define
class InputMessage:
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role.

    """

    role: InputMessageRole
    """ The role of the message input. One of `user`, `system`, or `developer`.
     """
    content: list[InputFileContent | InputImageContent | InputTextContent]
    """ A list of one or many input items to the model, containing different content
    types.
     """
    type_: Literal["message"] | Unset = "message"
    """ The type of the message input. Always set to `message`.
     """
    status: InputMessageStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": (
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
            "status",
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
        if self.status is not UNSET:
            field_dict["status"] = to_json(self.status)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"InputMessage: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_role = d.pop("role", UNSET)
        try:
            role = check_input_message_role(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

        _raw_content = d.pop("content", UNSET)
        try:
            content = []
            _content = _raw_content
            if not isinstance(_content, list):
                raise TypeError()
            for componentsschemas_input_message_content_list_item_data in _content:
                try:
                    componentsschemas_input_message_content_list_item = (
                        _parse_componentsschemas_input_message_content_list_item(
                            componentsschemas_input_message_content_list_item_data
                        )
                    )

                except LENIENT_ERRORS:
                    componentsschemas_input_message_content_list_item = (
                        componentsschemas_input_message_content_list_item_data
                    )
                content.append(componentsschemas_input_message_content_list_item)

        except LENIENT_ERRORS:
            content = _raw_content

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['message'] | Unset", _raw_type_)
            if type_ != "message" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'message', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_status = d.pop("status", UNSET)
        try:
            status = _parse_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        parsed_obj_ = cls(
            role=role,
            content=content,
            type_=type_,
            status=status,
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
