from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel

if TYPE_CHECKING:
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionRequestMessageContentPartText
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,  # noqa: PLC0415
    )

    _lazy_loaded = True


def _parse_content(data: object) -> list[ChatCompletionRequestMessageContentPartText] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = []
        _content_type_1 = data
        if not isinstance(_content_type_1, list):
            raise TypeError()
        for content_type_1_item_data in _content_type_1:
            try:
                content_type_1_item = ChatCompletionRequestMessageContentPartText.from_dict(
                    content_type_1_item_data
                )

            except LENIENT_ERRORS:
                content_type_1_item = content_type_1_item_data
            content_type_1.append(content_type_1_item)

        return content_type_1
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionRequestMessageContentPartText] | str", data)


@_attrs_define(repr=False)
class ChatCompletionRequestDeveloperMessage(ApiModel):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, `developer` messages
    replace the previous `system` messages.

    """

    content: list[ChatCompletionRequestMessageContentPartText] | str
    """ The contents of the developer message. """

    role: Literal["developer"] = "developer"
    """ The role of the messages author, in this case `developer`. """

    name: str | None = ABSENT
    """ An optional name for the participant. Provides the model information to differentiate between participants
    of the same role. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
        ("name", "name"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "content": "list[ChatCompletionRequestMessageContentPartText] | str",
        "role": "Literal['developer']",
        "name": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": ("developer",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "content",
        "role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "content",
            "role",
            "name",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_content = d.pop("content", None)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

        _raw_role = d.pop("role", None)
        try:
            role = cast('Literal["developer"]', _raw_role)
            if role != "developer":
                raise ValueError(f"role must match const 'developer', got '{role}'")
        except LENIENT_ERRORS:
            role = _raw_role

        name = d.pop("name", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.content = content
        parsed_obj_.role = role
        parsed_obj_.name = name
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
