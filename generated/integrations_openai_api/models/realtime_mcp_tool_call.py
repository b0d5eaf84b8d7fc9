from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="RealtimeMCPToolCall")


def _parse_approval_request_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_output(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


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


@_attrs_define
class RealtimeMCPToolCall:
    """A Realtime item representing an invocation of a tool on an MCP server."""

    id: str
    """ The unique ID of the tool call. """
    server_label: str
    """ The label of the MCP server running the tool. """
    name: str
    """ The name of the tool that was run. """
    arguments: str
    """ A JSON string of the arguments passed to the tool. """
    type_: Literal["mcp_call"] = "mcp_call"
    """ The type of the item. Always `mcp_call`. """
    approval_request_id: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    error: (
        None
        | RealtimeMCPHTTPError
        | RealtimeMCPProtocolError
        | RealtimeMCPToolExecutionError
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.server_label, Unset):
            field_dict["server_label"] = self.server_label
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.arguments, Unset):
            field_dict["arguments"] = self.arguments
        if self.approval_request_id is not UNSET:
            field_dict["approval_request_id"] = to_json(self.approval_request_id)
        if self.output is not UNSET:
            field_dict["output"] = to_json(self.output)
        if self.error is not UNSET:
            field_dict["error"] = to_json(self.error)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeMCPToolCall: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['mcp_call']", _raw_type_)
            if type_ != "mcp_call":
                raise ValueError(f"type must match const 'mcp_call', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        server_label = d.pop("server_label", UNSET)

        name = d.pop("name", UNSET)

        arguments = d.pop("arguments", UNSET)

        _raw_approval_request_id = d.pop("approval_request_id", UNSET)
        try:
            approval_request_id = _parse_approval_request_id(_raw_approval_request_id)

        except LENIENT_ERRORS:
            approval_request_id = _raw_approval_request_id

        _raw_output = d.pop("output", UNSET)
        try:
            output = _parse_output(_raw_output)

        except LENIENT_ERRORS:
            output = _raw_output

        _raw_error = d.pop("error", UNSET)
        try:
            error = _parse_error(_raw_error)

        except LENIENT_ERRORS:
            error = _raw_error

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
            approval_request_id=approval_request_id,
            output=output,
            error=error,
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
