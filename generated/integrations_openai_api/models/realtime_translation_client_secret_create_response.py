from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.realtime_translation_session import RealtimeTranslationSession

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeTranslationSession
    from ..models.realtime_translation_session import RealtimeTranslationSession  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeTranslationClientSecretCreateResponse(ApiModel):
    """Response from creating a translation session and client secret for the Realtime API."""

    value: str
    """ The generated client secret value. """

    expires_at: int
    """ Expiration timestamp for the client secret, in seconds since epoch. """

    session: RealtimeTranslationSession
    """ A Realtime translation session. Translation sessions continuously translate input
    audio into the configured output language.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("expires_at", "expires_at"),
        ("session", "session"),
        ("value", "value"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "value": "str",
        "expires_at": "int",
        "session": "RealtimeTranslationSession",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "value",
        "expires_at",
        "session",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "value",
            "expires_at",
            "session",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.expires_at
        if value_1 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = value_1
        value_2 = self.session
        if value_2 is None:
            if "session" in present:
                out["session"] = None
        else:
            out["session"] = to_json(value_2)
        value_3 = self.value
        if value_3 is None:
            if "value" in present:
                out["value"] = None
        else:
            out["value"] = value_3
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
        parsed_obj_.value = get_("value")
        parsed_obj_.expires_at = get_("expires_at")
        session = get_("session")
        if session is not None:
            try:
                session = (
                    RealtimeTranslationSession._from_dict_(session)
                    if session.__class__ is dict
                    else RealtimeTranslationSession.from_dict(session)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.session = session
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
