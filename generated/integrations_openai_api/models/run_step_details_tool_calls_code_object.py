from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.run_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunStepDetailsToolCallsCodeObjectCodeInterpreter
    from ..models.run_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreter,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RunStepDetailsToolCallsCodeObject(ApiModel):
    """Details of the Code Interpreter tool call the run step was involved in."""

    id: str
    """ The ID of the tool call. """

    code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter
    """ The Code Interpreter tool call definition. """

    type: Literal["code_interpreter"] = "code_interpreter"
    """ The type of tool call. This is always going to be `code_interpreter` for this type of tool call. """

    _sdk_name_: ClassVar[str] = "CodeInterpreterToolCall"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("code_interpreter", "code_interpreter"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "type": "Literal['code_interpreter']",
        "code_interpreter": "RunStepDetailsToolCallsCodeObjectCodeInterpreter",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("code_interpreter",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "type",
        "code_interpreter",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "type",
            "code_interpreter",
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
        value_2 = self.code_interpreter
        if value_2 is None:
            if "code_interpreter" in present:
                out["code_interpreter"] = None
        else:
            out["code_interpreter"] = to_json(value_2)
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
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
        parsed_obj_.type = get_("type")
        code_interpreter = get_("code_interpreter")
        if code_interpreter is not None:
            try:
                code_interpreter = (
                    RunStepDetailsToolCallsCodeObjectCodeInterpreter._from_dict_(code_interpreter)
                    if code_interpreter.__class__ is dict
                    else RunStepDetailsToolCallsCodeObjectCodeInterpreter.from_dict(
                        code_interpreter
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.code_interpreter = code_interpreter
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
