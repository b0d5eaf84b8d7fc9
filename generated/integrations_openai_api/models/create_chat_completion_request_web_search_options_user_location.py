from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.web_search_location import WebSearchLocation

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, WebSearchLocation
    from ..models.web_search_location import WebSearchLocation  # noqa: PLC0415

    _lazy_loaded = True


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
        type_ = d.pop("type", None)

        _raw_approximate = d.pop("approximate", None)
        try:
            approximate = WebSearchLocation.from_dict(_raw_approximate)

        except LENIENT_ERRORS:
            approximate = _raw_approximate

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.approximate = approximate
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
