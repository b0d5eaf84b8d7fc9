from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.sdk_moderation_input_error import SdkModerationInputError
    from ..models.sdk_moderation_input_moderation_results import SdkModerationInputModerationResults
    from ..models.sdk_moderation_output_error import SdkModerationOutputError
    from ..models.sdk_moderation_output_moderation_results import (
        SdkModerationOutputModerationResults,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        SdkModerationInputError, \
        SdkModerationInputModerationResults, \
        SdkModerationOutputError, \
        SdkModerationOutputModerationResults
    from ..models.sdk_moderation_input_error import SdkModerationInputError  # noqa: PLC0415
    from ..models.sdk_moderation_input_moderation_results import SdkModerationInputModerationResults  # noqa: PLC0415
    from ..models.sdk_moderation_output_error import SdkModerationOutputError  # noqa: PLC0415
    from ..models.sdk_moderation_output_moderation_results import (
        SdkModerationOutputModerationResults,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_input_(data: object) -> SdkModerationInputError | SdkModerationInputModerationResults:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                SdkModerationInputModerationResults,
                SdkModerationInputError,
            ),
        )
        if variant is None:
            return cast(
                "SdkModerationInputError | SdkModerationInputModerationResults",
                UnknownVariant(data),
            )
        return cast(
            "SdkModerationInputError | SdkModerationInputModerationResults", variant.from_dict(data)
        )
    return cast("SdkModerationInputError | SdkModerationInputModerationResults", data)


def _parse_output(data: object) -> SdkModerationOutputError | SdkModerationOutputModerationResults:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                SdkModerationOutputModerationResults,
                SdkModerationOutputError,
            ),
        )
        if variant is None:
            return cast(
                "SdkModerationOutputError | SdkModerationOutputModerationResults",
                UnknownVariant(data),
            )
        return cast(
            "SdkModerationOutputError | SdkModerationOutputModerationResults",
            variant.from_dict(data),
        )
    return cast("SdkModerationOutputError | SdkModerationOutputModerationResults", data)


@_attrs_define(repr=False)
class SdkChatCompletionModeration(ApiModel):
    """Not in the pinned spec: the official SDK's `Moderation`, field for field (the live API sends it)."""

    input: SdkModerationInputError | SdkModerationInputModerationResults | UnknownVariant

    output: SdkModerationOutputError | SdkModerationOutputModerationResults | UnknownVariant

    _sdk_name_: ClassVar[str] = "Moderation"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input", "input"),
        ("output", "output"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "input": "SdkModerationInputError | SdkModerationInputModerationResults",
        "output": "SdkModerationOutputError | SdkModerationOutputModerationResults",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "input",
        "output",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input",
            "output",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input
        if value_1 is None:
            if "input" in present:
                out["input"] = None
        else:
            out["input"] = to_json(value_1)
        value_2 = self.output
        if value_2 is None:
            if "output" in present:
                out["output"] = None
        else:
            out["output"] = to_json(value_2)
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
        _raw_input_ = get_("input", None)
        try:
            input_ = _parse_input_(_raw_input_)

        except LENIENT_ERRORS:
            input_ = _raw_input_
        parsed_obj_.input = input_
        _raw_output = get_("output", None)
        try:
            output = _parse_output(_raw_output)

        except LENIENT_ERRORS:
            output = _raw_output
        parsed_obj_.output = output
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
