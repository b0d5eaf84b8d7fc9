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
from ..models.response_error_code import ResponseErrorCode
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
class ResponseError2(ApiModel):
    """An error object returned when the model fails to generate a Response."""

    code: ResponseErrorCode | str
    """ The error code for the response.
     """

    message: str
    """ A human-readable description of the error.
     """

    misalignment: SdkMisalignment | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ResponseError` has it (the live API sends it). Reads None when
    absent. """

    param: str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ResponseError` has it (the live API sends it). Reads None when
    absent. """

    type: str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ResponseError` has it (the live API sends it). Reads None when
    absent. """

    _sdk_name_: ClassVar[str] = "ResponseError"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
        ("misalignment", "misalignment"),
        ("param", "param"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "code": "ResponseErrorCode",
        "message": "str",
        "misalignment": "None | SdkMisalignment | Unset",
        "param": "None | str | Unset",
        "type": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "code": (
            "empty_image_file",
            "failed_to_download_image",
            "image_content_policy_violation",
            "image_file_not_found",
            "image_file_too_large",
            "image_parse_error",
            "image_too_large",
            "image_too_small",
            "invalid_base64_image",
            "invalid_image",
            "invalid_image_format",
            "invalid_image_mode",
            "invalid_image_url",
            "invalid_prompt",
            "rate_limit_exceeded",
            "server_error",
            "unsupported_image_media_type",
            "vector_store_timeout",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "code",
        "message",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "code",
            "message",
            "misalignment",
            "param",
            "type",
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
            out["code"] = value_1
        value_2 = self.message
        if value_2 is None:
            if "message" in present:
                out["message"] = None
        else:
            out["message"] = value_2
        value_3 = self.misalignment
        if value_3 is None:
            if "misalignment" in present:
                out["misalignment"] = None
        else:
            out["misalignment"] = to_json(value_3)
        value_4 = self.param
        if value_4 is None:
            if "param" in present:
                out["param"] = None
        else:
            out["param"] = to_json(value_4)
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = to_json(value_5)
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
        _raw_misalignment = get_("misalignment", UNSET)
        if _raw_misalignment is not None and _raw_misalignment is not UNSET:
            try:
                misalignment = _parse_misalignment(_raw_misalignment)

            except LENIENT_ERRORS:
                misalignment = _raw_misalignment
        else:
            misalignment = _raw_misalignment
        parsed_obj_.misalignment = None if isinstance(misalignment, Unset) else misalignment
        parsed_obj_.param = get_("param")
        parsed_obj_.type = get_("type")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
