from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.web_search_tool_call_status import (
    WebSearchToolCallStatus,
)

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class WebSearchToolCall(ApiModel):
    """The results of a web search tool call. See the
    [web search guide](https://platform.openai.com/docs/guides/tools-web-search) for more information.

    """

    id: str
    """ The unique ID of the web search tool call.
     """

    status: str | WebSearchToolCallStatus
    """ The status of the web search tool call.
     """

    action: UnknownVariant | WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch
    """ An object describing the specific action taken in this web search call.
    Includes details on how the model used the web (search, open_page, find_in_page).
     """

    type: Literal["web_search_call"] = "web_search_call"
    """ The type of the web search tool call. Always `web_search_call`.
     """

    _sdk_name_: ClassVar[str] = "ResponseFunctionWebSearch"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "action": {
            "WebSearchActionFind": "ActionFind",
            "WebSearchActionOpenPage": "ActionOpenPage",
            "WebSearchActionSearch": "ActionSearch",
        }
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("action", "action"),
        ("status", "status"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "type": "Literal['web_search_call']",
        "status": "WebSearchToolCallStatus",
        "action": "WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.action
        if value_2 is None:
            if "action" in present:
                out["action"] = None
        else:
            out["action"] = to_json(value_2)
        value_3 = self.status
        if value_3 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
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
        parsed_obj_.id = get_("id")
        parsed_obj_.type = get_("type")
        parsed_obj_.status = get_("status")
        _raw_action = get_("action", None)
        try:
            action = _parse_action(_raw_action)

        except LENIENT_ERRORS:
            action = _raw_action
        parsed_obj_.action = action
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
