from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.input_message_role import InputMessageRole
from ..models.input_message_status import InputMessageStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.sdk_message_agent import SdkMessageAgent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, InputFileContent, InputImageContent, InputTextContent, SdkMessageAgent
    from ..models.input_file_content import InputFileContent  # noqa: PLC0415
    from ..models.input_image_content import InputImageContent  # noqa: PLC0415
    from ..models.input_text_content import InputTextContent  # noqa: PLC0415
    from ..models.sdk_message_agent import SdkMessageAgent  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


def _parse_agent(data: object) -> None | SdkMessageAgent | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkMessageAgent._from_dict_(data)
    return cast("None | SdkMessageAgent | Unset", data)


@_attrs_define(repr=False)
class InputMessage(ApiModel):
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

    type: Literal["message"] | None = "message"
    """ The type of the message input. Always set to `message`.
     """

    status: InputMessageStatus | str | None = ABSENT
    """ The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
     """

    agent: SdkMessageAgent | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Message` has it (the live API sends it). Reads None when absent.
    """

    _sdk_name_: ClassVar[str] = "Message"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
        ("agent", "agent"),
        ("status", "status"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role": "InputMessageRole",
        "content": "list[InputFileContent | InputImageContent | InputTextContent]",
        "type": "Literal['message'] | Unset",
        "status": "InputMessageStatus | Unset",
        "agent": "None | SdkMessageAgent | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": (
            "developer",
            "system",
            "user",
        ),
        "type": ("message",),
        "status": (
            "completed",
            "in_progress",
            "incomplete",
        ),
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
            "agent",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.content
        if value_1 is None:
            if "content" in present:
                out["content"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "content" in present:
            out["content"] = to_json(value_1)
        value_2 = self.role
        if value_2 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_2
        value_3 = self.agent
        if value_3 is None:
            if "agent" in present:
                out["agent"] = None
        else:
            out["agent"] = to_json(value_3)
        value_4 = self.status
        if value_4 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_4
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
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
        _raw_content = get_("content", UNSET)
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
        parsed_obj_.content = AbsentList() if isinstance(content, Unset) else content
        parsed_obj_.type = get_("type")
        parsed_obj_.status = get_("status")
        _raw_agent = get_("agent", UNSET)
        if _raw_agent is not None and _raw_agent is not UNSET:
            try:
                agent = _parse_agent(_raw_agent)

            except LENIENT_ERRORS:
                agent = _raw_agent
        else:
            agent = _raw_agent
        parsed_obj_.agent = None if isinstance(agent, Unset) else agent
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
