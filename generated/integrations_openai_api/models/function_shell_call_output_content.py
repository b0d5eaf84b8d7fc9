from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="FunctionShellCallOutputContent")


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


@_attrs_define
class FunctionShellCallOutputContent:
    """The content of a shell tool call output that was emitted."""

    stdout: str
    """ The standard output that was captured. """
    stderr: str
    """ The standard error output that was captured. """
    outcome: FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome
    """ Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk.
    """
    created_by: None | str | Unset = UNSET
    """ The identifier of the actor that created the item. """
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
            "created_by",
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
        if self.created_by is not UNSET:
            field_dict["created_by"] = to_json(self.created_by)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FunctionShellCallOutputContent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        stdout = d.pop("stdout", UNSET)

        stderr = d.pop("stderr", UNSET)

        _raw_outcome = d.pop("outcome", UNSET)
        try:
            outcome = _parse_outcome(_raw_outcome)

        except LENIENT_ERRORS:
            outcome = _raw_outcome

        _raw_created_by = d.pop("created_by", UNSET)
        try:
            created_by = _parse_created_by(_raw_created_by)

        except LENIENT_ERRORS:
            created_by = _raw_created_by

        parsed_obj_ = cls(
            stdout=stdout,
            stderr=stderr,
            outcome=outcome,
            created_by=created_by,
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
