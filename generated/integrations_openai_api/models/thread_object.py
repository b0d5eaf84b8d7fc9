from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.metadata_2 import Metadata2
    from ..models.modify_thread_request_tool_resources import ModifyThreadRequestToolResources

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Metadata2, ModifyThreadRequestToolResources
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.modify_thread_request_tool_resources import ModifyThreadRequestToolResources  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_tool_resources(data: object) -> ModifyThreadRequestToolResources | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return ModifyThreadRequestToolResources._from_dict_(data)
    return cast("ModifyThreadRequestToolResources | None", data)


def _parse_metadata(data: object) -> Metadata2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None", data)


@_attrs_define(repr=False)
class ThreadObject(ApiModel):
    """Represents a thread that contains [messages](https://platform.openai.com/docs/api-reference/messages)."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the thread was created. """

    object: Literal["thread"] = "thread"
    """ The object type, which is always `thread`. """

    tool_resources: ModifyThreadRequestToolResources | None = ABSENT

    metadata: Metadata2 | None = ABSENT

    _sdk_name_: ClassVar[str] = "Thread"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("metadata", "metadata"),
        ("object", "object"),
        ("tool_resources", "tool_resources"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['thread']",
        "created_at": "int",
        "tool_resources": "ModifyThreadRequestToolResources | None",
        "metadata": "Metadata2 | None",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("thread",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "tool_resources",
        "metadata",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "tool_resources",
            "metadata",
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
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.metadata
        if value_3 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_3)
        value_4 = self.object
        if value_4 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_4
        value_5 = self.tool_resources
        if value_5 is None:
            if "tool_resources" in present:
                out["tool_resources"] = None
        else:
            out["tool_resources"] = to_json(value_5)
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
        parsed_obj_.object = get_("object")
        parsed_obj_.created_at = get_("created_at")
        _raw_tool_resources = get_("tool_resources", None)
        if _raw_tool_resources is not None:
            try:
                tool_resources = _parse_tool_resources(_raw_tool_resources)

            except LENIENT_ERRORS:
                tool_resources = _raw_tool_resources
        else:
            tool_resources = _raw_tool_resources
        parsed_obj_.tool_resources = tool_resources
        _raw_metadata = get_("metadata", None)
        if _raw_metadata is not None:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = metadata
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
