from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ApplyPatchCreateFileOperation(ApiModel):
    """Instruction describing how to create a file via the apply_patch tool."""

    path: str
    """ Path of the file to create. """

    diff: str
    """ Diff to apply. """

    type: Literal["create_file"] = "create_file"
    """ Create a new file with the provided diff. """

    _sdk_name_: ClassVar[str] = "OperationCreateFile"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("diff", "diff"),
        ("path", "path"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['create_file']",
        "path": "str",
        "diff": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("create_file",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "path",
        "diff",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "path",
            "diff",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.diff
        if value_1 is None:
            if "diff" in present:
                out["diff"] = None
        else:
            out["diff"] = value_1
        value_2 = self.path
        if value_2 is None:
            if "path" in present:
                out["path"] = None
        else:
            out["path"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.path = get_("path")
        parsed_obj_.diff = get_("diff")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
