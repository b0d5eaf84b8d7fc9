from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chatkit_workflow_state_variables import ChatkitWorkflowStateVariables
    from ..models.chatkit_workflow_tracing import ChatkitWorkflowTracing

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatkitWorkflowStateVariables, ChatkitWorkflowTracing
    from ..models.chatkit_workflow_state_variables import ChatkitWorkflowStateVariables  # noqa: PLC0415
    from ..models.chatkit_workflow_tracing import ChatkitWorkflowTracing  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ChatkitWorkflow")


def _parse_version(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_state_variables(data: object) -> ChatkitWorkflowStateVariables | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return ChatkitWorkflowStateVariables.from_dict(data)
    return cast("ChatkitWorkflowStateVariables | None", data)


@_attrs_define
class ChatkitWorkflow:
    """Workflow metadata and state returned for the session."""

    id: str
    """ Identifier of the workflow backing the session. """
    version: None | str
    state_variables: ChatkitWorkflowStateVariables | None
    tracing: ChatkitWorkflowTracing
    """ Controls diagnostic tracing during the session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "version",
        "state_variables",
        "tracing",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "version",
            "state_variables",
            "tracing",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.version, Unset):
            field_dict["version"] = to_json(self.version)
        if not isinstance(self.state_variables, Unset):
            field_dict["state_variables"] = to_json(self.state_variables)
        if not isinstance(self.tracing, Unset):
            field_dict["tracing"] = to_json(self.tracing)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatkitWorkflow: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_version = d.pop("version", UNSET)
        try:
            version = _parse_version(_raw_version)

        except LENIENT_ERRORS:
            version = _raw_version

        _raw_state_variables = d.pop("state_variables", UNSET)
        try:
            state_variables = _parse_state_variables(_raw_state_variables)

        except LENIENT_ERRORS:
            state_variables = _raw_state_variables

        _raw_tracing = d.pop("tracing", UNSET)
        try:
            tracing = ChatkitWorkflowTracing.from_dict(_raw_tracing)

        except LENIENT_ERRORS:
            tracing = _raw_tracing

        parsed_obj_ = cls(
            id=id,
            version=version,
            state_variables=state_variables,
            tracing=tracing,
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
