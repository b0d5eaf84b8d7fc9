from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sdk_misalignment import SdkMisalignment

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SdkMisalignment
    from ..models.sdk_misalignment import SdkMisalignment  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_misalignment(data: object) -> None | SdkMisalignment | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkMisalignment._from_dict_(data)
    return cast("None | SdkMisalignment | Unset", data)


@_attrs_define(repr=False)
class Error(ApiModel):
    message: str

    type: str

    code: str | None = ABSENT

    param: str | None = ABSENT

    misalignment: SdkMisalignment | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ErrorObject` has it (the live API sends it). Reads None when
    absent. """

    _sdk_name_: ClassVar[str] = "ErrorObject"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
        ("param", "param"),
        ("type", "type"),
        ("misalignment", "misalignment"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "code": "None | str",
        "message": "str",
        "param": "None | str",
        "type": "str",
        "misalignment": "None | SdkMisalignment | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "code",
        "message",
        "param",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "code",
            "message",
            "param",
            "type",
            "misalignment",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.code
        if value_1 is None:
            if "code" in present:
                out["code"] = None
        else:
            out["code"] = to_json(value_1)
        value_2 = self.message
        if value_2 is None:
            if "message" in present:
                out["message"] = None
        else:
            out["message"] = value_2
        value_3 = self.param
        if value_3 is None:
            if "param" in present:
                out["param"] = None
        else:
            out["param"] = to_json(value_3)
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        value_5 = self.misalignment
        if value_5 is None:
            if "misalignment" in present:
                out["misalignment"] = None
        else:
            out["misalignment"] = to_json(value_5)
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
        parsed_obj_.code = get_("code")
        parsed_obj_.message = get_("message")
        parsed_obj_.param = get_("param")
        parsed_obj_.type = get_("type")
        _raw_misalignment = get_("misalignment", UNSET)
        if _raw_misalignment is not None and _raw_misalignment is not UNSET:
            try:
                misalignment = _parse_misalignment(_raw_misalignment)

            except LENIENT_ERRORS:
                misalignment = _raw_misalignment
        else:
            misalignment = _raw_misalignment
        parsed_obj_.misalignment = None if isinstance(misalignment, Unset) else misalignment
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
