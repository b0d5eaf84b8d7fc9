from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EvalJsonlFileContentSourceContentItemSample
    from ..models.eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_sample(data: object) -> EvalJsonlFileContentSourceContentItemSample | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return EvalJsonlFileContentSourceContentItemSample._from_dict_(data)
    return cast("EvalJsonlFileContentSourceContentItemSample | None | Unset", data)


@_attrs_define(repr=False)
class EvalRunOutputItemResult(ApiModel):
    """A single grader result for an evaluation run output item."""

    name: str
    """ The name of the grader. """

    score: float
    """ The numeric score produced by the grader. """

    passed: bool
    """ Whether the grader considered the output a pass. """

    type: str | None = ABSENT
    """ The grader type (for example, "string-check-grader"). """

    sample: EvalJsonlFileContentSourceContentItemSample | None = ABSENT
    """ Optional sample or intermediate data produced by the grader. """

    _sdk_name_: ClassVar[str] = "Result"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("passed", "passed"),
        ("score", "score"),
        ("sample", "sample"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "score": "float",
        "passed": "bool",
        "type": "str | Unset",
        "sample": "EvalJsonlFileContentSourceContentItemSample | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "name",
        "score",
        "passed",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "score",
            "passed",
            "type",
            "sample",
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
        value_2 = self.passed
        if value_2 is None:
            if "passed" in present:
                out["passed"] = None
        else:
            out["passed"] = value_2
        value_3 = self.score
        if value_3 is None:
            if "score" in present:
                out["score"] = None
        else:
            out["score"] = value_3
        value_4 = self.sample
        if value_4 is None:
            if "sample" in present:
                out["sample"] = None
        else:
            out["sample"] = to_json(value_4)
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
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
        parsed_obj_.name = get_("name")
        parsed_obj_.score = as_float(get_("score"))
        parsed_obj_.passed = get_("passed")
        parsed_obj_.type = get_("type")
        _raw_sample = get_("sample", UNSET)
        if _raw_sample is not None and _raw_sample is not UNSET:
            try:
                sample = _parse_sample(_raw_sample)

            except LENIENT_ERRORS:
                sample = _raw_sample
        else:
            sample = _raw_sample
        parsed_obj_.sample = None if isinstance(sample, Unset) else sample
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
