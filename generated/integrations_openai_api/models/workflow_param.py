from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class WorkflowParam(ApiModel):
    """Workflow reference and overrides applied to the chat session."""

    id: str
    """ Identifier for the workflow invoked by the session. """

    version: str | None = ABSENT
    """ Specific workflow version to run. Defaults to the latest deployed version. """

    state_variables: WorkflowParamStateVariables | None = ABSENT
    """ State variables forwarded to the workflow. Keys may be up to 64 characters, values must be primitive types,
    and the map defaults to an empty object. """

    tracing: WorkflowTracingParam | None = ABSENT
    """ Controls diagnostic tracing during the session. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("version", "version"),
        ("state_variables", "state_variables"),
        ("tracing", "tracing"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "version": "str | Unset",
        "state_variables": "WorkflowParamStateVariables | Unset",
        "tracing": "WorkflowTracingParam | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = d.pop("id", None)

        version = d.pop("version", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.version = version
        parsed_obj_.state_variables = (
            None if isinstance(state_variables, Unset) else state_variables
        )
        parsed_obj_.tracing = None if isinstance(tracing, Unset) else tracing
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
