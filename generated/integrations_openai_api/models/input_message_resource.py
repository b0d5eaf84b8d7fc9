from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import ABSENT, AbsentList, ApiModel
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


@_attrs_define(repr=False)
class InputMessageResource(ApiModel):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role.

    """

    role: InputMessageRole | str
    """ The role of the message input. One of `user`, `system`, or `developer`.
     """

    content: list[InputFileContent | InputImageContent | InputTextContent | UnknownVariant]
    """ A list of one or many input items to the model, containing different content
    types.
     """

    id: str
    """ The unique ID of the message input.
     """

    type: Literal["message"] = "message"
    """ The type of the message input. Always set to `message`.
     """

    status: InputMessageStatus | str | None = ABSENT
    """ The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
     """

    _sdk_name_: ClassVar[str] = "ResponseInputMessageItem"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("content", "content"),
        ("role", "role"),
        ("type", "type"),
        ("status", "status"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['message']",
        "role": "InputMessageRole",
        "content": "list[InputFileContent | InputImageContent | InputTextContent]",
        "id": "str",
        "status": "InputMessageStatus | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("message",),
        "role": (
            "developer",
            "system",
            "user",
        ),
        "status": (
            "completed",
            "in_progress",
            "incomplete",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "role",
        "content",
        "id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "role",
            "content",
            "id",
            "status",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.content
        if value_2 is None:
            if "content" in present:
                out["content"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "content" in present:
            out["content"] = to_json(value_2)
        value_3 = self.role
        if value_3 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        value_5 = self.status
        if value_5 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = d.pop("type", None)

        _raw_role = d.pop("role", None)
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

        id = d.pop("id", None)

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: InputMessageStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_input_message_status(_status)

        except LENIENT_ERRORS:
            status = _raw_status

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.role = role
        parsed_obj_.content = AbsentList() if isinstance(content, Unset) else content
        parsed_obj_.id = id
        parsed_obj_.status = None if isinstance(status, Unset) else status
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
