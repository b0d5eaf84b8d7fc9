from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AutoCodeInterpreterToolParam
    from ..models.auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CodeInterpreterTool")


def _parse_container(data: object) -> AutoCodeInterpreterToolParam | str:
    if isinstance(data, dict):
        return AutoCodeInterpreterToolParam.from_dict(data)
    return cast("AutoCodeInterpreterToolParam | str", data)


@_attrs_define
class CodeInterpreterTool:
    """A tool that runs Python code to help generate a response to a prompt."""

    container: AutoCodeInterpreterToolParam | str
    """ The code interpreter container. Can be a container ID or an object that
    specifies uploaded file IDs to make available to your code, along with an
    optional `memory_limit` setting.
     """
    type_: Literal["code_interpreter"] = "code_interpreter"
    """ The type of the code interpreter tool. Always `code_interpreter`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("code_interpreter",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "container",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "container",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.container, Unset):
            field_dict["container"] = to_json(self.container)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CodeInterpreterTool: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['code_interpreter']", _raw_type_)
            if type_ != "code_interpreter":
                raise ValueError(f"type must match const 'code_interpreter', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_container = d.pop("container", UNSET)
        try:
            container = _parse_container(_raw_container)

        except LENIENT_ERRORS:
            container = _raw_container

        parsed_obj_ = cls(
            type_=type_,
            container=container,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
