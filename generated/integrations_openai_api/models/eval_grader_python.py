from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import as_float, to_json
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
class EvalGraderPython(ApiModel):
    """A PythonGrader object that runs a python script on the input."""

    name: str
    """ The name of the grader. """

    source: str
    """ The source code of the python script. """

    type: Literal["python"] = "python"
    """ The object type, which is always `python`. """

    image_tag: str | None = ABSENT
    """ The image tag to use for the python script. """

    pass_threshold: float | None = ABSENT
    """ The threshold for the score. """

    _sdk_name_: ClassVar[str] = "TestingCriterionEvalGraderPython"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("source", "source"),
        ("type", "type"),
        ("image_tag", "image_tag"),
        ("pass_threshold", "pass_threshold"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['python']",
        "name": "str",
        "source": "str",
        "image_tag": "str | Unset",
        "pass_threshold": "float | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("python",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "source",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "source",
            "image_tag",
            "pass_threshold",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.name
        if value_1 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_1
        value_2 = self.source
        if value_2 is None:
            if "source" in present:
                out["source"] = None
        else:
            out["source"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        value_4 = self.image_tag
        if value_4 is None:
            if "image_tag" in present:
                out["image_tag"] = None
        else:
            out["image_tag"] = value_4
        value_5 = self.pass_threshold
        if value_5 is None:
            if "pass_threshold" in present:
                out["pass_threshold"] = None
        else:
            out["pass_threshold"] = value_5
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
        parsed_obj_.name = get_("name")
        parsed_obj_.source = get_("source")
        parsed_obj_.image_tag = get_("image_tag")
        parsed_obj_.pass_threshold = as_float(get_("pass_threshold"))
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
