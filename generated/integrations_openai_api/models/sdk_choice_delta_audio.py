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
class SdkChoiceDeltaAudio(ApiModel):
    """Not in the pinned spec: the official SDK's `ChoiceDeltaAudio`, field for field (the live API sends it)."""

    id: str | None = ABSENT

    data: str | None = ABSENT

    expires_at: int | None = ABSENT

    transcript: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "ChoiceDeltaAudio"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("data", "data"),
        ("expires_at", "expires_at"),
        ("transcript", "transcript"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "None | str | Unset",
        "data": "None | str | Unset",
        "expires_at": "int | None | Unset",
        "transcript": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "data",
            "expires_at",
            "transcript",
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
            out["id"] = to_json(value_1)
        value_2 = self.data
        if value_2 is None:
            if "data" in present:
                out["data"] = None
        else:
            out["data"] = to_json(value_2)
        value_3 = self.expires_at
        if value_3 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = to_json(value_3)
        value_4 = self.transcript
        if value_4 is None:
            if "transcript" in present:
                out["transcript"] = None
        else:
            out["transcript"] = to_json(value_4)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.data = get_("data")
        parsed_obj_.expires_at = get_("expires_at")
        parsed_obj_.transcript = get_("transcript")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
