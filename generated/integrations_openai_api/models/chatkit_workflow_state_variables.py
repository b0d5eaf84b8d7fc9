from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    NO_KEYS,
    FreeFormModel,
)


@_attrs_define(repr=False, eq=False)
class ChatkitWorkflowStateVariables(FreeFormModel[bool | float | int | str]):
    """State variable key-value pairs applied when invoking the workflow. Defaults to null when no overrides were provided."""

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
        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            try:

                def _parse_additional_property(data: object) -> bool | float | int | str:
                    return cast("bool | float | int | str", data)

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property
            except LENIENT_ERRORS:
                additional_properties[prop_name] = prop_dict
        parsed_obj_.additional_properties = additional_properties
        result_: Self = parsed_obj_
        return result_
