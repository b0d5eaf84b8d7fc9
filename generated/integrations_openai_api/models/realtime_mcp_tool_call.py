from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_mcp_protocol_error import RealtimeMCPProtocolError
    from ..models.realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError
    from ..models.realtime_mcphttp_error import RealtimeMCPHTTPError

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeMCPProtocolError, \
        RealtimeMCPToolExecutionError, \
        RealtimeMCPHTTPError
    from ..models.realtime_mcp_protocol_error import RealtimeMCPProtocolError  # noqa: PLC0415
    from ..models.realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError  # noqa: PLC0415
    from ..models.realtime_mcphttp_error import RealtimeMCPHTTPError  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_error(
    data: object,
) -> None | RealtimeMCPHTTPError | RealtimeMCPProtocolError | RealtimeMCPToolExecutionError | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RealtimeMCPProtocolError,
                RealtimeMCPToolExecutionError,
                RealtimeMCPHTTPError,
            ),
        )
        if variant is None:
            return cast(
                "None | RealtimeMCPHTTPError | RealtimeMCPProtocolError | RealtimeMCPToolExecutionError | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | RealtimeMCPHTTPError | RealtimeMCPProtocolError | RealtimeMCPToolExecutionError | Unset",
            variant.from_dict(data),
        )
    return cast(
        "None | RealtimeMCPHTTPError | RealtimeMCPProtocolError | RealtimeMCPToolExecutionError | Unset",
        data,
    )


@_attrs_define(repr=False)
class RealtimeMCPToolCall(ApiModel):
    """A Realtime item representing an invocation of a tool on an MCP server."""

    id: str
    """ The unique ID of the tool call. """

    server_label: str
    """ The label of the MCP server running the tool. """

    name: str
    """ The name of the tool that was run. """

    arguments: str
    """ A JSON string of the arguments passed to the tool. """

    type: Literal["mcp_call"] = "mcp_call"
    """ The type of the item. Always `mcp_call`. """

    approval_request_id: str | None = ABSENT

    output: str | None = ABSENT

    error: (
        RealtimeMCPHTTPError
        | RealtimeMCPProtocolError
        | RealtimeMCPToolExecutionError
        | UnknownVariant
        | None
    ) = ABSENT

    _sdk_name_: ClassVar[str] = "RealtimeMcpToolCall"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("arguments", "arguments"),
        ("name", "name"),
        ("server_label", "server_label"),
        ("type", "type"),
        ("approval_request_id", "approval_request_id"),
        ("error", "error"),
        ("output", "output"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['mcp_call']",
        "id": "str",
        "server_label": "str",
        "name": "str",
        "arguments": "str",
        "approval_request_id": "None | str | Unset",
        "output": "None | str | Unset",
        "error": "None | RealtimeMCPHTTPError | RealtimeMCPProtocolError | RealtimeMCPToolExecutionError | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("mcp_call",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "server_label",
        "name",
        "arguments",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "server_label",
            "name",
            "arguments",
            "approval_request_id",
            "output",
            "error",
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
        value_2 = self.arguments
        if value_2 is None:
            if "arguments" in present:
                out["arguments"] = None
        else:
            out["arguments"] = value_2
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
        value_4 = self.server_label
        if value_4 is None:
            if "server_label" in present:
                out["server_label"] = None
        else:
            out["server_label"] = value_4
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
        value_6 = self.approval_request_id
        if value_6 is None:
            if "approval_request_id" in present:
                out["approval_request_id"] = None
        else:
            out["approval_request_id"] = to_json(value_6)
        value_7 = self.error
        if value_7 is None:
            if "error" in present:
                out["error"] = None
        else:
            out["error"] = to_json(value_7)
        value_8 = self.output
        if value_8 is None:
            if "output" in present:
                out["output"] = None
        else:
            out["output"] = to_json(value_8)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.server_label = get_("server_label")
        parsed_obj_.name = get_("name")
        parsed_obj_.arguments = get_("arguments")
        parsed_obj_.approval_request_id = get_("approval_request_id")
        parsed_obj_.output = get_("output")
        _raw_error = get_("error", UNSET)
        if _raw_error is not None and _raw_error is not UNSET:
            try:
                error = _parse_error(_raw_error)

            except LENIENT_ERRORS:
                error = _raw_error
        else:
            error = _raw_error
        parsed_obj_.error = None if isinstance(error, Unset) else error
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
