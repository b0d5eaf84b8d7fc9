from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_shell_exec_action_env import LocalShellExecActionEnv

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, LocalShellExecActionEnv
    from ..models.local_shell_exec_action_env import LocalShellExecActionEnv  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="LocalShellExecAction")


def _parse_timeout_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_working_directory(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_user(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class LocalShellExecAction:
    """Execute a shell command on the server."""

    command: list[str]
    """ The command to run. """
    env: LocalShellExecActionEnv
    """ Environment variables to set for the command. """
    type_: Literal["exec"] = "exec"
    """ The type of the local shell action. Always `exec`. """
    timeout_ms: int | None | Unset = UNSET
    working_directory: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("exec",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "command",
        "env",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "command",
            "env",
            "timeout_ms",
            "working_directory",
            "user",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.command, Unset):
            field_dict["command"] = to_json(self.command)
        if not isinstance(self.env, Unset):
            field_dict["env"] = to_json(self.env)
        if self.timeout_ms is not UNSET:
            field_dict["timeout_ms"] = to_json(self.timeout_ms)
        if self.working_directory is not UNSET:
            field_dict["working_directory"] = to_json(self.working_directory)
        if self.user is not UNSET:
            field_dict["user"] = to_json(self.user)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"LocalShellExecAction: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['exec']", _raw_type_)
            if type_ != "exec":
                raise ValueError(f"type must match const 'exec', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_command = d.pop("command", UNSET)
        try:
            command = cast("list[str]", _raw_command)

        except LENIENT_ERRORS:
            command = _raw_command

        _raw_env = d.pop("env", UNSET)
        try:
            env = LocalShellExecActionEnv.from_dict(_raw_env)

        except LENIENT_ERRORS:
            env = _raw_env

        _raw_timeout_ms = d.pop("timeout_ms", UNSET)
        try:
            timeout_ms = _parse_timeout_ms(_raw_timeout_ms)

        except LENIENT_ERRORS:
            timeout_ms = _raw_timeout_ms

        _raw_working_directory = d.pop("working_directory", UNSET)
        try:
            working_directory = _parse_working_directory(_raw_working_directory)

        except LENIENT_ERRORS:
            working_directory = _raw_working_directory

        _raw_user = d.pop("user", UNSET)
        try:
            user = _parse_user(_raw_user)

        except LENIENT_ERRORS:
            user = _raw_user

        parsed_obj_ = cls(
            type_=type_,
            command=command,
            env=env,
            timeout_ms=timeout_ms,
            working_directory=working_directory,
            user=user,
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
