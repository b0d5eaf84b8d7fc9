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
from ..models.sdk_misalignment_error_type import (
    SdkMisalignmentErrorType,
    check_sdk_misalignment_error_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sdk_misalignment_steer import SdkMisalignmentSteer

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SdkMisalignmentSteer
    from ..models.sdk_misalignment_steer import SdkMisalignmentSteer  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_error_type(data: object) -> None | SdkMisalignmentErrorType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        error_type_type_0 = check_sdk_misalignment_error_type(data)

        return error_type_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | SdkMisalignmentErrorType | Unset", data)


def _parse_steer(data: object) -> None | SdkMisalignmentSteer | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkMisalignmentSteer._from_dict_(data)
    return cast("None | SdkMisalignmentSteer | Unset", data)


@_attrs_define(repr=False)
class SdkMisalignment(ApiModel):
    """Not in the pinned spec: the official SDK's `Misalignment`, field for field (the live API sends it)."""

    detailed_explanation: str | None = ABSENT

    error_type: SdkMisalignmentErrorType | str | None = ABSENT

    review_target: str | None = ABSENT

    steer: SdkMisalignmentSteer | None = ABSENT

    _sdk_name_: ClassVar[str] = "Misalignment"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("detailed_explanation", "detailed_explanation"),
        ("error_type", "error_type"),
        ("review_target", "review_target"),
        ("steer", "steer"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "detailed_explanation": "None | str | Unset",
        "error_type": "None | SdkMisalignmentErrorType | Unset",
        "review_target": "None | str | Unset",
        "steer": "None | SdkMisalignmentSteer | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "detailed_explanation",
            "error_type",
            "review_target",
            "steer",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.detailed_explanation
        if value_1 is None:
            if "detailed_explanation" in present:
                out["detailed_explanation"] = None
        else:
            out["detailed_explanation"] = to_json(value_1)
        value_2 = self.error_type
        if value_2 is None:
            if "error_type" in present:
                out["error_type"] = None
        else:
            out["error_type"] = to_json(value_2)
        value_3 = self.review_target
        if value_3 is None:
            if "review_target" in present:
                out["review_target"] = None
        else:
            out["review_target"] = to_json(value_3)
        value_4 = self.steer
        if value_4 is None:
            if "steer" in present:
                out["steer"] = None
        else:
            out["steer"] = to_json(value_4)
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
        parsed_obj_.detailed_explanation = get_("detailed_explanation")
        _raw_error_type = get_("error_type", UNSET)
        if _raw_error_type is not None and _raw_error_type is not UNSET:
            try:
                error_type = _parse_error_type(_raw_error_type)

            except LENIENT_ERRORS:
                error_type = _raw_error_type
        else:
            error_type = _raw_error_type
        parsed_obj_.error_type = None if isinstance(error_type, Unset) else error_type
        parsed_obj_.review_target = get_("review_target")
        _raw_steer = get_("steer", UNSET)
        if _raw_steer is not None and _raw_steer is not UNSET:
            try:
                steer = _parse_steer(_raw_steer)

            except LENIENT_ERRORS:
                steer = _raw_steer
        else:
            steer = _raw_steer
        parsed_obj_.steer = None if isinstance(steer, Unset) else steer
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
