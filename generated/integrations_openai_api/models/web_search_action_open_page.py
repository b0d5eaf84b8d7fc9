from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_url(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class WebSearchActionOpenPage(ApiModel):
    """Action type "open_page" - Opens a specific URL from search results."""

    type: Literal["open_page"] = "open_page"
    """ The action type.
     """

    url: str | None = ABSENT
    """ The URL opened by the model.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("url", "url"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['open_page']",
        "url": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("open_page",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "url",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["open_page"]', _raw_type_)
            if type_ != "open_page":
                raise ValueError(f"type must match const 'open_page', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_url = d.pop("url", UNSET)
        try:
            url = _parse_url(_raw_url)

        except LENIENT_ERRORS:
            url = _raw_url

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.url = None if isinstance(url, Unset) else url
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
