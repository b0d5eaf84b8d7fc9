from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class ChatCompletionMessageListDataItemAnnotationsItemUrlCitation(ApiModel):
    """A URL citation when using web search."""

    end_index: int
    """ The index of the last character of the URL citation in the message. """

    start_index: int
    """ The index of the first character of the URL citation in the message. """

    url: str
    """ The URL of the web resource. """

    title: str
    """ The title of the web resource. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("end_index", "end_index"),
        ("start_index", "start_index"),
        ("url", "url"),
        ("title", "title"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "end_index": "int",
        "start_index": "int",
        "url": "str",
        "title": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "end_index",
        "start_index",
        "url",
        "title",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "end_index",
            "start_index",
            "url",
            "title",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        end_index = d.pop("end_index", None)

        start_index = d.pop("start_index", None)

        url = d.pop("url", None)

        title = d.pop("title", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.end_index = end_index
        parsed_obj_.start_index = start_index
        parsed_obj_.url = url
        parsed_obj_.title = title
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
