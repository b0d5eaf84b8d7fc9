from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class ResponseStreamOptions2(ApiModel):
    """Options for streaming responses. Only set this when you set `stream: true`."""

    include_obfuscation: bool | None = ABSENT
    """ When true, stream obfuscation will be enabled. Stream obfuscation adds
    random characters to an `obfuscation` field on streaming delta events to
    normalize payload sizes as a mitigation to certain side-channel attacks.
    These obfuscation fields are included by default, but add a small amount
    of overhead to the data stream. You can set `include_obfuscation` to
    false to optimize for bandwidth if you trust the network links between
    your application and the OpenAI API.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("include_obfuscation", "include_obfuscation"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "include_obfuscation": "bool | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("include_obfuscation",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        include_obfuscation = d.pop("include_obfuscation", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.include_obfuscation = include_obfuscation
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
