from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_param_state_variables import WorkflowParamStateVariables
    from ..models.workflow_tracing_param import WorkflowTracingParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, WorkflowParamStateVariables, WorkflowTracingParam
    from ..models.workflow_param_state_variables import WorkflowParamStateVariables  # noqa: PLC0415
    from ..models.workflow_tracing_param import WorkflowTracingParam  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="WorkflowParam")


@_attrs_define
class WorkflowParam:
    """Workflow reference and overrides applied to the chat session."""

    id: str
    """ Identifier for the workflow invoked by the session. """
    version: str | Unset = UNSET
    """ Specific workflow version to run. Defaults to the latest deployed version. """
    state_variables: WorkflowParamStateVariables | Unset = UNSET
    """ State variables forwarded to the workflow. Keys may be up to 64 characters, values must be primitive types,
    and the map defaults to an empty object. """
    tracing: WorkflowTracingParam | Unset = UNSET
    """ Controls diagnostic tracing during the session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("id",)
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
        if self.version is not UNSET:
            field_dict["version"] = self.version
        if self.state_variables is not UNSET:
            field_dict["state_variables"] = to_json(self.state_variables)
        if self.tracing is not UNSET:
            field_dict["tracing"] = to_json(self.tracing)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"WorkflowParam: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _raw_state_variables = d.pop("state_variables", UNSET)
        try:
            _state_variables = _raw_state_variables
            state_variables: WorkflowParamStateVariables | Unset
            if isinstance(_state_variables, Unset):
                state_variables = UNSET
            else:
                state_variables = WorkflowParamStateVariables.from_dict(_state_variables)

        except LENIENT_ERRORS:
            state_variables = _raw_state_variables

        _raw_tracing = d.pop("tracing", UNSET)
        try:
            _tracing = _raw_tracing
            tracing: WorkflowTracingParam | Unset
            if isinstance(_tracing, Unset):
                tracing = UNSET
            else:
                tracing = WorkflowTracingParam.from_dict(_tracing)

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
