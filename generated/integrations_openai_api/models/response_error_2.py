from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel
from ..models.response_error_code import ResponseErrorCode, check_response_error_code


@_attrs_define(repr=False)
class ResponseError2(ApiModel):
    """An error object returned when the model fails to generate a Response."""

    code: ResponseErrorCode | str
    """ The error code for the response.
     """

    message: str
    """ A human-readable description of the error.
     """

    _sdk_name_: ClassVar[str] = "ResponseError"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "code": "ResponseErrorCode",
        "message": "str",
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
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_code = d.pop("code", None)
        try:
            code = check_response_error_code(_raw_code)

        except LENIENT_ERRORS:
            code = _raw_code

        message = d.pop("message", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.code = code
        parsed_obj_.message = message
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
