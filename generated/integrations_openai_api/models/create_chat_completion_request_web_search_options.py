from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.web_search_context_size import WebSearchContextSize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_chat_completion_request_web_search_options_user_location import (
        CreateChatCompletionRequestWebSearchOptionsUserLocation,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateChatCompletionRequestWebSearchOptionsUserLocation
    from ..models.create_chat_completion_request_web_search_options_user_location import (
        CreateChatCompletionRequestWebSearchOptionsUserLocation,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_user_location(
    data: object,
) -> CreateChatCompletionRequestWebSearchOptionsUserLocation | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CreateChatCompletionRequestWebSearchOptionsUserLocation._from_dict_(data)
    return cast("CreateChatCompletionRequestWebSearchOptionsUserLocation | None | Unset", data)


@_attrs_define(repr=False)
class CreateChatCompletionRequestWebSearchOptions(ApiModel):
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat).

    """

    user_location: CreateChatCompletionRequestWebSearchOptionsUserLocation | None = ABSENT
    """ Approximate location parameters for the search.
     """

    search_context_size: str | WebSearchContextSize | None = ABSENT
    """ High level guidance for the amount of context window space to use for the
    search. One of `low`, `medium`, or `high`. `medium` is the default.

    Server default: `"medium"`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("user_location", "user_location"),
        ("search_context_size", "search_context_size"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "user_location": "CreateChatCompletionRequestWebSearchOptionsUserLocation | None | Unset",
        "search_context_size": "WebSearchContextSize | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "search_context_size": (
            "high",
            "low",
            "medium",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "user_location",
            "search_context_size",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.user_location
        if value_1 is None:
            if "user_location" in present:
                out["user_location"] = None
        else:
            out["user_location"] = to_json(value_1)
        value_2 = self.search_context_size
        if value_2 is None:
            if "search_context_size" in present:
                out["search_context_size"] = None
        else:
            out["search_context_size"] = value_2
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
        _raw_user_location = get_("user_location", UNSET)
        if _raw_user_location is not None and _raw_user_location is not UNSET:
            try:
                user_location = _parse_user_location(_raw_user_location)

            except LENIENT_ERRORS:
                user_location = _raw_user_location
        else:
            user_location = _raw_user_location
        parsed_obj_.user_location = None if isinstance(user_location, Unset) else user_location
        parsed_obj_.search_context_size = get_("search_context_size")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
