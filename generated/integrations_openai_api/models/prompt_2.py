from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_prompt_variables_2 import ResponsePromptVariables2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponsePromptVariables2
    from ..models.response_prompt_variables_2 import ResponsePromptVariables2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Prompt2")


def _parse_version(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_variables(data: object) -> None | ResponsePromptVariables2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ResponsePromptVariables2.from_dict(data)
    return cast("None | ResponsePromptVariables2 | Unset", data)


@_attrs_define
class Prompt2:
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).

    """

    id: str
    """ The unique identifier of the prompt template to use. """
    version: None | str | Unset = UNSET
    variables: None | ResponsePromptVariables2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("id",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "version",
            "variables",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if self.version is not UNSET:
            field_dict["version"] = to_json(self.version)
        if self.variables is not UNSET:
            field_dict["variables"] = to_json(self.variables)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Prompt2: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_version = d.pop("version", UNSET)
        try:
            version = _parse_version(_raw_version)

        except LENIENT_ERRORS:
            version = _raw_version

        _raw_variables = d.pop("variables", UNSET)
        try:
            variables = _parse_variables(_raw_variables)

        except LENIENT_ERRORS:
            variables = _raw_variables

        parsed_obj_ = cls(
            id=id,
            version=version,
            variables=variables,
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
