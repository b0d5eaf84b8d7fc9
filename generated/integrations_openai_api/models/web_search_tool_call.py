from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.web_search_tool_call_status import (
    WebSearchToolCallStatus,
    check_web_search_tool_call_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_action_find import WebSearchActionFind
    from ..models.web_search_action_open_page import WebSearchActionOpenPage
    from ..models.web_search_action_search import WebSearchActionSearch

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, WebSearchActionFind, WebSearchActionOpenPage, WebSearchActionSearch
    from ..models.web_search_action_find import WebSearchActionFind  # noqa: PLC0415
    from ..models.web_search_action_open_page import WebSearchActionOpenPage  # noqa: PLC0415
    from ..models.web_search_action_search import WebSearchActionSearch  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="WebSearchToolCall")


def _parse_action(
    data: object,
) -> WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                WebSearchActionSearch,
                WebSearchActionOpenPage,
                WebSearchActionFind,
            ),
        )
        if variant is None:
            return cast(
                "WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch",
                UnknownVariant(data),
            )
        return cast(
            "WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch",
            variant.from_dict(data),
        )
    return cast("WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch", data)


@_attrs_define
class WebSearchToolCall:
    """The results of a web search tool call. See the
    [web search guide](/docs/guides/tools-web-search) for more information.

    """

    id: str
    """ The unique ID of the web search tool call.
     """
    status: WebSearchToolCallStatus
    """ The status of the web search tool call.
     """
    action: WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch
    """ An object describing the specific action taken in this web search call.
    Includes details on how the model used the web (search, open_page, find_in_page).
     """
    type_: Literal["web_search_call"] = "web_search_call"
    """ The type of the web search tool call. Always `web_search_call`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("web_search_call",),
        "status": (
            "completed",
            "failed",
            "in_progress",
            "searching",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "type",
        "status",
        "action",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "type",
            "status",
            "action",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.action, Unset):
            field_dict["action"] = to_json(self.action)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"WebSearchToolCall: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['web_search_call']", _raw_type_)
            if type_ != "web_search_call":
                raise ValueError(f"type must match const 'web_search_call', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_web_search_tool_call_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_action = d.pop("action", UNSET)
        try:
            action = _parse_action(_raw_action)

        except LENIENT_ERRORS:
            action = _raw_action

        parsed_obj_ = cls(
            id=id,
            type_=type_,
            status=status,
            action=action,
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
