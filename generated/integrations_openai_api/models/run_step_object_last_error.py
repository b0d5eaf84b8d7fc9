from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from ..models.run_step_object_last_error_code import (
    RunStepObjectLastErrorCode,
    check_run_step_object_last_error_code,
)


@_attrs_define(repr=False)
class RunStepObjectLastError(ApiModel):
    """The last error associated with this run step. Will be `null` if there are no errors."""

    code: RunStepObjectLastErrorCode | str
    """ One of `server_error` or `rate_limit_exceeded`. """

    message: str
    """ A human-readable description of the error. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "code": "RunStepObjectLastErrorCode",
        "message": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "code": (
            "rate_limit_exceeded",
            "server_error",
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_code = d.pop("code", None)
        try:
            code = check_run_step_object_last_error_code(_raw_code)

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
