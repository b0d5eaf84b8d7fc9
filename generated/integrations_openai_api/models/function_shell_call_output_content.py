from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

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


def _parse_created_by(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


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

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("stdout", "stdout"),
        ("stderr", "stderr"),
        ("outcome", "outcome"),
        ("created_by", "created_by"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "stdout": "str",
        "stderr": "str",
        "outcome": "FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome",
        "created_by": "None | str | Unset",
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        stdout = d.pop("stdout", None)

        stderr = d.pop("stderr", None)

        _raw_outcome = d.pop("outcome", None)
        try:
            outcome = _parse_outcome(_raw_outcome)

        except LENIENT_ERRORS:
            outcome = _raw_outcome

        _raw_created_by = d.pop("created_by", UNSET)
        try:
            created_by = _parse_created_by(_raw_created_by)

        except LENIENT_ERRORS:
            created_by = _raw_created_by

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.stdout = stdout
        parsed_obj_.stderr = stderr
        parsed_obj_.outcome = outcome
        parsed_obj_.created_by = None if isinstance(created_by, Unset) else created_by
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
