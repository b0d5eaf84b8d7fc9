from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.error import Error

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Error
    from ..models.error import Error  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class ErrorResponse(ApiModel):
    error: Error

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("error", "error"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "error": "Error",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("error",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("error",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_error = d.pop("error", None)
        try:
            error = Error.from_dict(_raw_error)

        except LENIENT_ERRORS:
            error = _raw_error

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.error = error
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
