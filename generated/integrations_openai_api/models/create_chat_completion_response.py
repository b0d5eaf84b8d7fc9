from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.service_tier_2 import ServiceTier2, check_service_tier_2
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.completion_usage import CompletionUsage
    from ..models.create_chat_completion_response_choices_item import (
        CreateChatCompletionResponseChoicesItem,
    )
    from ..models.create_chat_completion_response_metadata import (
        CreateChatCompletionResponseMetadata,
    )
    from ..models.sdk_chat_completion_moderation import SdkChatCompletionModeration

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CompletionUsage, \
        CreateChatCompletionResponseChoicesItem, \
        CreateChatCompletionResponseMetadata, \
        SdkChatCompletionModeration
    from ..models.completion_usage import CompletionUsage  # noqa: PLC0415
    from ..models.create_chat_completion_response_choices_item import (
        CreateChatCompletionResponseChoicesItem,  # noqa: PLC0415
    )
    from ..models.create_chat_completion_response_metadata import (
        CreateChatCompletionResponseMetadata,  # noqa: PLC0415
    )
    from ..models.sdk_chat_completion_moderation import SdkChatCompletionModeration  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_service_tier(data: object) -> None | ServiceTier2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_service_tier_type_0 = check_service_tier_2(data)

        return componentsschemas_service_tier_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ServiceTier2 | Unset", data)


def _parse_metadata(data: object) -> CreateChatCompletionResponseMetadata | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CreateChatCompletionResponseMetadata._from_dict_(data)
    return cast("CreateChatCompletionResponseMetadata | None | Unset", data)


def _parse_moderation(data: object) -> None | SdkChatCompletionModeration | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkChatCompletionModeration._from_dict_(data)
    return cast("None | SdkChatCompletionModeration | Unset", data)


@_attrs_define(repr=False)
class CreateChatCompletionResponse(ApiModel):
    """Represents a chat completion response returned by model, based on the provided input."""

    id: str
    """ A unique identifier for the chat completion. """

    choices: list[CreateChatCompletionResponseChoicesItem]
    """ A list of chat completion choices. Can be more than one if `n` is greater than 1. """

    created: int
    """ The Unix timestamp (in seconds) of when the chat completion was created. """

    model: str
    """ The model used for the chat completion. """

    object: Literal["chat.completion"] = "chat.completion"
    """ The object type, which is always `chat.completion`. """

    service_tier: ServiceTier2 | str | None = ABSENT

    system_fingerprint: str | None = ABSENT
    """ This fingerprint represents the backend configuration that the model runs with.

    Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made
    that might impact determinism.
     """

    usage: CompletionUsage | None = ABSENT
    """ Usage statistics for the completion request. """

    metadata: CreateChatCompletionResponseMetadata | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ChatCompletion` has it (the live API sends it). Reads None when
    absent. """

    moderation: SdkChatCompletionModeration | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ChatCompletion` has it (the live API sends it). Reads None when
    absent. """

    _sdk_name_: ClassVar[str] = "ChatCompletion"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("choices", "choices"),
        ("created", "created"),
        ("model", "model"),
        ("object", "object"),
        ("metadata", "metadata"),
        ("moderation", "moderation"),
        ("service_tier", "service_tier"),
        ("system_fingerprint", "system_fingerprint"),
        ("usage", "usage"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "choices": "list[CreateChatCompletionResponseChoicesItem]",
        "created": "int",
        "model": "str",
        "object": "Literal['chat.completion']",
        "service_tier": "None | ServiceTier2 | Unset",
        "system_fingerprint": "str | Unset",
        "usage": "CompletionUsage | Unset",
        "metadata": "CreateChatCompletionResponseMetadata | None | Unset",
        "moderation": "None | SdkChatCompletionModeration | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("chat.completion",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "choices",
        "created",
        "model",
        "object",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "choices",
            "created",
            "model",
            "object",
            "service_tier",
            "system_fingerprint",
            "usage",
            "metadata",
            "moderation",
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
        value_2 = self.choices
        if value_2 is None:
            if "choices" in present:
                out["choices"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "choices" in present:
            out["choices"] = to_json(value_2)
        value_3 = self.created
        if value_3 is None:
            if "created" in present:
                out["created"] = None
        else:
            out["created"] = value_3
        value_4 = self.model
        if value_4 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_4
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
        value_6 = self.metadata
        if value_6 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_6)
        value_7 = self.moderation
        if value_7 is None:
            if "moderation" in present:
                out["moderation"] = None
        else:
            out["moderation"] = to_json(value_7)
        value_8 = self.service_tier
        if value_8 is None:
            if "service_tier" in present:
                out["service_tier"] = None
        else:
            out["service_tier"] = to_json(value_8)
        value_9 = self.system_fingerprint
        if value_9 is None:
            if "system_fingerprint" in present:
                out["system_fingerprint"] = None
        else:
            out["system_fingerprint"] = value_9
        value_10 = self.usage
        if value_10 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_10)
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
        parsed_obj_.id = get_("id")
        _raw_choices = get_("choices", UNSET)
        try:
            choices = []
            _choices = _raw_choices
            if not isinstance(_choices, list):
                raise TypeError()
            for choices_item_data in _choices:
                try:
                    choices_item = (
                        CreateChatCompletionResponseChoicesItem._from_dict_(choices_item_data)
                        if choices_item_data.__class__ is dict
                        else CreateChatCompletionResponseChoicesItem.from_dict(choices_item_data)
                    )
                except LENIENT_ERRORS:
                    choices_item = choices_item_data
                choices.append(choices_item)

        except LENIENT_ERRORS:
            choices = _raw_choices
        parsed_obj_.choices = AbsentList() if isinstance(choices, Unset) else choices
        parsed_obj_.created = get_("created")
        parsed_obj_.model = get_("model")
        parsed_obj_.object = get_("object")
        _raw_service_tier = get_("service_tier", UNSET)
        if _raw_service_tier is not None and _raw_service_tier is not UNSET:
            try:
                service_tier = _parse_service_tier(_raw_service_tier)

            except LENIENT_ERRORS:
                service_tier = _raw_service_tier
        else:
            service_tier = _raw_service_tier
        parsed_obj_.service_tier = None if isinstance(service_tier, Unset) else service_tier
        parsed_obj_.system_fingerprint = get_("system_fingerprint")
        usage = get_("usage")
        if usage is not None:
            try:
                usage = (
                    CompletionUsage._from_dict_(usage)
                    if usage.__class__ is dict
                    else CompletionUsage.from_dict(usage)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.usage = usage
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        _raw_moderation = get_("moderation", UNSET)
        if _raw_moderation is not None and _raw_moderation is not UNSET:
            try:
                moderation = _parse_moderation(_raw_moderation)

            except LENIENT_ERRORS:
                moderation = _raw_moderation
        else:
            moderation = _raw_moderation
        parsed_obj_.moderation = None if isinstance(moderation, Unset) else moderation
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
