from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter
    from ..models.run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,  # noqa: PLC0415
    )

    _lazy_loaded = True


@_attrs_define(repr=False)
class RunStepDeltaStepDetailsToolCallsCodeObject(ApiModel):
    """Details of the Code Interpreter tool call the run step was involved in."""

    index: int
    """ The index of the tool call in the tool calls array. """

    type: Literal["code_interpreter"] = "code_interpreter"
    """ The type of tool call. This is always going to be `code_interpreter` for this type of tool call. """

    id: str | None = ABSENT
    """ The ID of the tool call. """

    code_interpreter: RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | None = ABSENT
    """ The Code Interpreter tool call definition. """

    _sdk_name_: ClassVar[str] = "CodeInterpreterToolCallDelta"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("type", "type"),
        ("id", "id"),
        ("code_interpreter", "code_interpreter"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "index": "int",
        "type": "Literal['code_interpreter']",
        "id": "str | Unset",
        "code_interpreter": "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("code_interpreter",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "index",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "index",
            "type",
            "id",
            "code_interpreter",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.index
        if value_1 is None:
            if "index" in present:
                out["index"] = None
        else:
            out["index"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.id
        if value_3 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_3
        value_4 = self.code_interpreter
        if value_4 is None:
            if "code_interpreter" in present:
                out["code_interpreter"] = None
        else:
            out["code_interpreter"] = to_json(value_4)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        index = d.pop("index", None)

        type_ = d.pop("type", None)

        id = d.pop("id", None)

        _raw_code_interpreter = d.pop("code_interpreter", UNSET)
        try:
            _code_interpreter = _raw_code_interpreter
            code_interpreter: RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | Unset
            if isinstance(_code_interpreter, Unset):
                code_interpreter = UNSET
            else:
                code_interpreter = (
                    RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter.from_dict(
                        _code_interpreter
                    )
                )

        except LENIENT_ERRORS:
            code_interpreter = _raw_code_interpreter

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.index = index
        parsed_obj_.type = type_
        parsed_obj_.id = id
        parsed_obj_.code_interpreter = (
            None if isinstance(code_interpreter, Unset) else code_interpreter
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
