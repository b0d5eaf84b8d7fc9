from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ChatSessionFileUpload(ApiModel):
    """Upload permissions and limits applied to the session."""

    enabled: bool
    """ Indicates if uploads are enabled for the session. """

    max_file_size: int | None = ABSENT

    max_files: int | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("max_file_size", "max_file_size"),
        ("max_files", "max_files"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "enabled": "bool",
        "max_file_size": "int | None",
        "max_files": "int | None",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "enabled",
        "max_file_size",
        "max_files",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "enabled",
            "max_file_size",
            "max_files",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.enabled
        if value_1 is None:
            if "enabled" in present:
                out["enabled"] = None
        else:
            out["enabled"] = value_1
        value_2 = self.max_file_size
        if value_2 is None:
            if "max_file_size" in present:
                out["max_file_size"] = None
        else:
            out["max_file_size"] = to_json(value_2)
        value_3 = self.max_files
        if value_3 is None:
            if "max_files" in present:
                out["max_files"] = None
        else:
            out["max_files"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.enabled = get_("enabled")
        parsed_obj_.max_file_size = get_("max_file_size")
        parsed_obj_.max_files = get_("max_files")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
