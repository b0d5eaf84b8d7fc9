from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="FunctionShellCallOutputContentParam")


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


@_attrs_define
class FunctionShellCallOutputContentParam:
    """Captured stdout and stderr for a portion of a shell tool call output."""

    stdout: str
    """ Captured stdout output for the shell call. """
    stderr: str
    """ Captured stderr output for the shell call. """
    outcome: FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam
    """ The exit or timeout outcome associated with this shell call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.stdout, Unset):
            field_dict["stdout"] = self.stdout
        if not isinstance(self.stderr, Unset):
            field_dict["stderr"] = self.stderr
        if not isinstance(self.outcome, Unset):
            field_dict["outcome"] = to_json(self.outcome)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FunctionShellCallOutputContentParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        stdout = d.pop("stdout", UNSET)

        stderr = d.pop("stderr", UNSET)

        _raw_outcome = d.pop("outcome", UNSET)
        try:
            outcome = _parse_outcome(_raw_outcome)

        except LENIENT_ERRORS:
            outcome = _raw_outcome

        parsed_obj_ = cls(
            stdout=stdout,
            stderr=stderr,
            outcome=outcome,
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
