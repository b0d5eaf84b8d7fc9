from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

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
    from ..models.chatkit_workflow_state_variables import ChatkitWorkflowStateVariables
    from ..models.chatkit_workflow_tracing import ChatkitWorkflowTracing

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatkitWorkflowStateVariables, ChatkitWorkflowTracing
    from ..models.chatkit_workflow_state_variables import ChatkitWorkflowStateVariables  # noqa: PLC0415
    from ..models.chatkit_workflow_tracing import ChatkitWorkflowTracing  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_state_variables(data: object) -> ChatkitWorkflowStateVariables | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return ChatkitWorkflowStateVariables._from_dict_(data)
    return cast("ChatkitWorkflowStateVariables | None", data)


@_attrs_define(repr=False)
class ChatkitWorkflow(ApiModel):
    """Workflow metadata and state returned for the session."""

    id: str
    """ Identifier of the workflow backing the session. """

    tracing: ChatkitWorkflowTracing
    """ Controls diagnostic tracing during the session. """

    version: str | None = ABSENT

    state_variables: ChatkitWorkflowStateVariables | None = ABSENT

    _sdk_name_: ClassVar[str] = "ChatKitWorkflow"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("state_variables", "state_variables"),
        ("tracing", "tracing"),
        ("version", "version"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "version": "None | str",
        "state_variables": "ChatkitWorkflowStateVariables | None",
        "tracing": "ChatkitWorkflowTracing",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.state_variables
        if value_2 is None:
            if "state_variables" in present:
                out["state_variables"] = None
        else:
            out["state_variables"] = to_json(value_2)
        value_3 = self.tracing
        if value_3 is None:
            if "tracing" in present:
                out["tracing"] = None
        else:
            out["tracing"] = to_json(value_3)
        value_4 = self.version
        if value_4 is None:
            if "version" in present:
                out["version"] = None
        else:
            out["version"] = to_json(value_4)
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
        _raw_state_variables = get_("state_variables", None)
        if _raw_state_variables is not None:
            try:
                state_variables = _parse_state_variables(_raw_state_variables)

            except LENIENT_ERRORS:
                state_variables = _raw_state_variables
        else:
            state_variables = _raw_state_variables
        parsed_obj_.state_variables = state_variables
        tracing = get_("tracing")
        if tracing is not None:
            try:
                tracing = (
                    ChatkitWorkflowTracing._from_dict_(tracing)
                    if tracing.__class__ is dict
                    else ChatkitWorkflowTracing.from_dict(tracing)
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
