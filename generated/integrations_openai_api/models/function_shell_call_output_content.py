from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
    from ..models.function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FunctionShellCallOutputExitOutcome, FunctionShellCallOutputTimeoutOutcome
    from ..models.function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome  # noqa: PLC0415
    from ..models.function_shell_call_output_timeout_outcome import (
        FunctionShellCallOutputTimeoutOutcome,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_outcome(
    data: object,
) -> FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                FunctionShellCallOutputTimeoutOutcome,
                FunctionShellCallOutputExitOutcome,
            ),
        )
        if variant is None:
            return cast(
                "FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome",
                UnknownVariant(data),
            )
        return cast(
            "FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome",
            variant.from_dict(data),
        )
    return cast("FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome", data)


@_attrs_define(repr=False)
class FunctionShellCallOutputContent(ApiModel):
    """The content of a shell tool call output that was emitted."""

    stdout: str
    """ The standard output that was captured. """

    stderr: str
    """ The standard error output that was captured. """

    outcome: (
        FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome | UnknownVariant
    )
    """ Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk.
    """

    created_by: str | None = ABSENT
    """ The identifier of the actor that created the item. """

    _sdk_name_: ClassVar[str] = "Output"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("outcome", "outcome"),
        ("stderr", "stderr"),
        ("stdout", "stdout"),
        ("created_by", "created_by"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "stdout": "str",
        "stderr": "str",
        "outcome": "FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome",
        "created_by": "str | Unset",
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
            "created_by",
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
        value_4 = self.created_by
        if value_4 is None:
            if "created_by" in present:
                out["created_by"] = None
        else:
            out["created_by"] = value_4
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
        parsed_obj_.created_by = get_("created_by")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
