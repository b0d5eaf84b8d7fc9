"""What pydantic-minded code asks a model *class*: `model_fields`, `model_validate_json`,
`typing.get_type_hints`, `pydantic.TypeAdapter(Model)` (and so FastAPI response models); and
extra keys read as attributes, as pydantic's `extra="allow"` models give them.

Generated models import the classes their annotations name lazily (import time), so those
names reach the module's globals only with its first parse. `LazyAnnotations` loads them
when annotations are read from outside (after the module finished importing), so
`typing.get_type_hints(Model)` works at any time.
"""

from __future__ import annotations

import json
import sys
import typing
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

__all__ = ["FieldInfo", "LazyAnnotations", "ModelIntrospection", "lazy_annotations"]

_LOADER = "_load_lazy_imports"


class LazyAnnotations(dict[str, Any]):
    """A class's `__annotations__` that loads its module's lazy imports before they are
    read as a whole (`get_type_hints` and `inspect.get_annotations` call `items()`)."""

    __slots__ = ("_module", "_owner")

    def __init__(self, annotations: dict[str, Any], module: str, owner: str) -> None:
        super().__init__(annotations)
        self._module = module
        self._owner = owner

    def items(self) -> Any:  # dict_items (typeshed names a private class)
        module = sys.modules.get(self._module)
        # While the module is still running (attrs reads annotations inside the class
        # decorator, before the class is bound), loading could start an import cycle.
        spec = getattr(module, "__spec__", None)
        ready = module is not None and self._owner in vars(module)
        if ready and not getattr(spec, "_initializing", False):
            load = vars(module).get(_LOADER)
            if callable(load) and not vars(module).get("_lazy_loaded", True):
                load()
        return super().items()


def lazy_annotations(cls: type) -> None:
    """Make `cls.__annotations__` a `LazyAnnotations` when its module loads lazily."""
    annotations = cls.__dict__.get("__annotations__")  # noqa: RUF063 - the raw dict itself
    module = sys.modules.get(cls.__module__)
    if type(annotations) is dict and module is not None and _LOADER in vars(module):
        cls.__annotations__ = LazyAnnotations(annotations, cls.__module__, cls.__qualname__)


class FieldInfo:
    """One field as `Model.model_fields[name]` describes it (pydantic's attribute names)."""

    __slots__ = ("alias", "annotation", "default")

    def __init__(self, annotation: Any, alias: str | None) -> None:
        self.annotation = annotation
        self.alias = alias
        self.default: Any = None  # an absent field reads None

    def is_required(self) -> bool:
        """False: a result model never fails for a missing field (it reads `None`)."""
        return False

    def __repr__(self) -> str:
        alias = f", alias={self.alias!r}" if self.alias else ""
        return f"FieldInfo(annotation={self.annotation!r}{alias})"


class _ModelFields:
    """`Model.model_fields`: attribute name -> `FieldInfo`, built once per class."""

    def __get__(self, obj: object, owner: type) -> dict[str, FieldInfo]:
        cached: dict[str, FieldInfo] | None = owner.__dict__.get("_model_fields_cache_")
        if cached is None:
            hints = typing.get_type_hints(owner)
            fields: tuple[tuple[str, str], ...] = getattr(owner, "_fields_", ())
            cached = {
                name: FieldInfo(hints.get(name, Any), key if key != name else None)
                for name, key in fields
            }
            type.__setattr__(owner, "_model_fields_cache_", cached)
        return cached


class ModelIntrospection:
    """The class-level pydantic surface of `ApiModel` (a mixin: no state of its own)."""

    __slots__ = ()

    if TYPE_CHECKING:
        model_fields: typing.ClassVar[dict[str, FieldInfo]]
    else:  # no runtime annotation: hints of a subclass resolve in its own module's names
        model_fields = _ModelFields()

    @classmethod
    def model_validate(cls, obj: Any) -> Self:
        raise NotImplementedError  # ApiModel's

    if not TYPE_CHECKING:  # a typo in a field name stays a type error

        def __getattr__(self, name: str) -> Any:
            # Keys the spec does not declare read as attributes, as pydantic's extra="allow"
            # models give them (`response.brand_new_field`); only when normal lookup failed.
            if not name.startswith("_"):
                try:
                    extra = object.__getattribute__(self, "additional_properties")
                except AttributeError:
                    extra = None
                if extra and name in extra:
                    return extra[name]
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **_: Any) -> Self:
        """An instance from a JSON document (pydantic's keywords are accepted, unused)."""
        return cls.model_validate(json.loads(json_data))

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """`pydantic.TypeAdapter(Model)`: validates with `model_validate`, dumps with
        `model_dump` and the dump's own options (`mode`, `by_alias`, `exclude_none`...)."""
        from pydantic_core import core_schema  # only pydantic callers get here

        def dump(value: Any, info: Any) -> Any:
            if not isinstance(value, cls):
                return value
            dumped: Any = value.model_dump(  # type: ignore[attr-defined]
                mode=info.mode,
                by_alias=info.by_alias,
                exclude_unset=info.exclude_unset,
                exclude_defaults=info.exclude_defaults,
                exclude_none=info.exclude_none,
            )
            return dumped

        def validate(value: Any) -> Any:
            if not isinstance(value, cls | Mapping):
                # a ValueError, so pydantic tries a union's next member
                raise ValueError(f"{cls.__name__} needs a JSON object, not {type(value).__name__}")
            return cls.model_validate(value)

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(dump, info_arg=True),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        """A JSON object named as the SDK names the type (the spec has its exact shape)."""
        return {"type": "object", "title": getattr(cls, "_sdk_name_", cls.__name__)}
