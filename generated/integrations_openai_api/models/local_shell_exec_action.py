from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_shell_exec_action_env import LocalShellExecActionEnv

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, LocalShellExecActionEnv
    from ..models.local_shell_exec_action_env import LocalShellExecActionEnv  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class LocalShellExecAction(ApiModel):
    """Execute a shell command on the server."""

    command: list[str]
    """ The command to run. """

    env: LocalShellExecActionEnv
    """ Environment variables to set for the command. """

    type: Literal["exec"] = "exec"
    """ The type of the local shell action. Always `exec`. """

    timeout_ms: int | None = ABSENT

    working_directory: str | None = ABSENT

    user: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "LocalShellCallAction"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("command", "command"),
        ("env", "env"),
        ("type", "type"),
        ("timeout_ms", "timeout_ms"),
        ("user", "user"),
        ("working_directory", "working_directory"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['exec']",
        "command": "list[str]",
        "env": "LocalShellExecActionEnv",
        "timeout_ms": "int | None | Unset",
        "working_directory": "None | str | Unset",
        "user": "None | str | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.command
        if value_1 is None:
            if "command" in present:
                out["command"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "command" in present:
            out["command"] = to_json(value_1)
        value_2 = self.env
        if value_2 is None:
            if "env" in present:
                out["env"] = None
        else:
            out["env"] = to_json(value_2)
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        value_4 = self.timeout_ms
        if value_4 is None:
            if "timeout_ms" in present:
                out["timeout_ms"] = None
        else:
            out["timeout_ms"] = to_json(value_4)
        value_5 = self.user
        if value_5 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = to_json(value_5)
        value_6 = self.working_directory
        if value_6 is None:
            if "working_directory" in present:
                out["working_directory"] = None
        else:
            out["working_directory"] = to_json(value_6)
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
        parsed_obj_.type = get_("type")
        _raw_command = get_("command", UNSET)
        try:
            command = cast("list[str]", _raw_command)

        except LENIENT_ERRORS:
            command = _raw_command
        parsed_obj_.command = AbsentList() if isinstance(command, Unset) else command
        env = get_("env")
        if env is not None:
            try:
                env = (
                    LocalShellExecActionEnv._from_dict_(env)
                    if env.__class__ is dict
                    else LocalShellExecActionEnv.from_dict(env)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.env = env
        parsed_obj_.timeout_ms = get_("timeout_ms")
        parsed_obj_.working_directory = get_("working_directory")
        parsed_obj_.user = get_("user")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
