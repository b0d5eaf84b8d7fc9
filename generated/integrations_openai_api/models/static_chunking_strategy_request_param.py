from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.static_chunking_strategy import StaticChunkingStrategy

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, StaticChunkingStrategy
    from ..models.static_chunking_strategy import StaticChunkingStrategy  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class StaticChunkingStrategyRequestParam(ApiModel):
    """Customize your own chunking strategy by setting chunk size and chunk overlap."""

    static: StaticChunkingStrategy

    type: Literal["static"] = "static"
    """ Always `static`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("static", "static"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['static']",
        "static": "StaticChunkingStrategy",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("static",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "static",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "static",
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
        value_2 = self.static
        if value_2 is None:
            if "static" in present:
                out["static"] = None
        else:
            out["static"] = to_json(value_2)
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

        _raw_static = d.pop("static", None)
        try:
            static = StaticChunkingStrategy.from_dict(_raw_static)

        except LENIENT_ERRORS:
            static = _raw_static

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.static = static
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
