from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    NO_KEYS,
    FreeFormModel,
)


@_attrs_define(repr=False, eq=False)
class SdkModerationInputModerationResultsResultCategories(FreeFormModel[bool]):
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = ()
    _param_types_: ClassVar[dict[str, str]] = {}
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(())

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_._request_id = None
        parsed_obj_._present_ = NO_KEYS
        parsed_obj_.additional_properties = dict(d)
        result_: Self = parsed_obj_
        return result_
