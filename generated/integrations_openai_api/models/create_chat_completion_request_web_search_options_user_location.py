from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.web_search_location import WebSearchLocation

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, WebSearchLocation
    from ..models.web_search_location import WebSearchLocation  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateChatCompletionRequestWebSearchOptionsUserLocation(ApiModel):
    approximate: WebSearchLocation
    """ Approximate location parameters for the search. """

    type: Literal["approximate"] = "approximate"
    """ The type of location approximation. Always `approximate`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("approximate", "approximate"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['approximate']",
        "approximate": "WebSearchLocation",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("approximate",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "approximate",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "approximate",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.approximate
        if value_2 is None:
            if "approximate" in present:
                out["approximate"] = None
        else:
            out["approximate"] = to_json(value_2)
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
        approximate = get_("approximate")
        if approximate is not None:
            try:
                approximate = (
                    WebSearchLocation._from_dict_(approximate)
                    if approximate.__class__ is dict
                    else WebSearchLocation.from_dict(approximate)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.approximate = approximate
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
