from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam,
    )
    from ..models.function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        FunctionShellCallOutputExitOutcomeParam, \
        FunctionShellCallOutputTimeoutOutcomeParam
    from ..models.function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam,  # noqa: PLC0415
    )
    from ..models.function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_outcome(
    data: object,
) -> FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                FunctionShellCallOutputTimeoutOutcomeParam,
                FunctionShellCallOutputExitOutcomeParam,
            ),
        )
        if variant is None:
            return cast(
                "FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam",
                UnknownVariant(data),
            )
        return cast(
            "FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam",
            variant.from_dict(data),
        )
    return cast(
        "FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam", data
    )


@_attrs_define(repr=False)
class FunctionShellCallOutputContentParam(ApiModel):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    stdout: str
    """ Captured stdout output for the shell call. """

    stderr: str
    """ Captured stderr output for the shell call. """

    outcome: (
        FunctionShellCallOutputExitOutcomeParam
        | FunctionShellCallOutputTimeoutOutcomeParam
        | UnknownVariant
    )
    """ The exit or timeout outcome associated with this shell call. """

    _sdk_name_: ClassVar[str] = "ResponseFunctionShellCallOutputContent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("outcome", "outcome"),
        ("stderr", "stderr"),
        ("stdout", "stdout"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "stdout": "str",
        "stderr": "str",
        "outcome": "FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "stdout",
        "stderr",
        "outcome",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "stdout",
            "stderr",
            "outcome",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.outcome
        if value_1 is None:
            if "outcome" in present:
                out["outcome"] = None
        else:
            out["outcome"] = to_json(value_1)
        value_2 = self.stderr
        if value_2 is None:
            if "stderr" in present:
                out["stderr"] = None
        else:
            out["stderr"] = value_2
        value_3 = self.stdout
        if value_3 is None:
            if "stdout" in present:
                out["stdout"] = None
        else:
            out["stdout"] = value_3
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
        parsed_obj_.stdout = get_("stdout")
        parsed_obj_.stderr = get_("stderr")
        _raw_outcome = get_("outcome", None)
        try:
            outcome = _parse_outcome(_raw_outcome)

        except LENIENT_ERRORS:
            outcome = _raw_outcome
        parsed_obj_.outcome = outcome
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
