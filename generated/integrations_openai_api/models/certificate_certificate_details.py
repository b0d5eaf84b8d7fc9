from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CertificateCertificateDetails(ApiModel):
    valid_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) of when the certificate becomes valid. """

    expires_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) of when the certificate expires. """

    content: str | None = ABSENT
    """ The content of the certificate in PEM format. """

    _sdk_name_: ClassVar[str] = "CertificateDetails"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("expires_at", "expires_at"),
        ("valid_at", "valid_at"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "valid_at": "int | Unset",
        "expires_at": "int | Unset",
        "content": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "valid_at",
            "expires_at",
            "content",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.content
        if value_1 is None:
            if "content" in present:
                out["content"] = None
        else:
            out["content"] = value_1
        value_2 = self.expires_at
        if value_2 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = value_2
        value_3 = self.valid_at
        if value_3 is None:
            if "valid_at" in present:
                out["valid_at"] = None
        else:
            out["valid_at"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.valid_at = get_("valid_at")
        parsed_obj_.expires_at = get_("expires_at")
        parsed_obj_.content = get_("content")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
