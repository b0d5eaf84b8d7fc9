from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.workflow_param_state_variables import WorkflowParamStateVariables
    from ..models.workflow_tracing_param import WorkflowTracingParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, WorkflowParamStateVariables, WorkflowTracingParam
    from ..models.workflow_param_state_variables import WorkflowParamStateVariables  # noqa: PLC0415
    from ..models.workflow_tracing_param import WorkflowTracingParam  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.version
        if value_2 is None:
            if "version" in present:
                out["version"] = None
        else:
            out["version"] = value_2
        value_3 = self.state_variables
        if value_3 is None:
            if "state_variables" in present:
                out["state_variables"] = None
        else:
            out["state_variables"] = to_json(value_3)
        value_4 = self.tracing
        if value_4 is None:
            if "tracing" in present:
                out["tracing"] = None
        else:
            out["tracing"] = to_json(value_4)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.version = get_("version")
        state_variables = get_("state_variables")
        if state_variables is not None:
            try:
                state_variables = (
                    WorkflowParamStateVariables._from_dict_(state_variables)
                    if state_variables.__class__ is dict
                    else WorkflowParamStateVariables.from_dict(state_variables)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.state_variables = state_variables
        tracing = get_("tracing")
        if tracing is not None:
            try:
                tracing = (
                    WorkflowTracingParam._from_dict_(tracing)
                    if tracing.__class__ is dict
                    else WorkflowTracingParam.from_dict(tracing)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.tracing = tracing
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
