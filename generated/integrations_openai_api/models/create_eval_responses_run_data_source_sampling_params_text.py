from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_text import ResponseFormatText
    from ..models.text_response_format_json_schema import TextResponseFormatJsonSchema

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseFormatJsonObject, ResponseFormatText, TextResponseFormatJsonSchema
    from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
    from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415
    from ..models.text_response_format_json_schema import TextResponseFormatJsonSchema  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_format_(
    data: object,
) -> ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ResponseFormatText,
                TextResponseFormatJsonSchema,
                ResponseFormatJsonObject,
            ),
        )
        if variant is None:
            return cast(
                "ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset",
                UnknownVariant(data),
            )
        return cast(
            "ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset",
            variant.from_dict(data),
        )
    return cast(
        "ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset", data
    )


@_attrs_define(repr=False)
class CreateEvalResponsesRunDataSourceSamplingParamsText(ApiModel):
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
    - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)

    """

    format: (
        ResponseFormatJsonObject
        | ResponseFormatText
        | TextResponseFormatJsonSchema
        | UnknownVariant
        | None
    ) = ABSENT
    """ An object specifying the format that the model must output.

    Configuring `{ "type": "json_schema" }` enables Structured Outputs,
    which ensures the model will match your supplied JSON schema. Learn more in the
    [Structured Outputs guide](https://platform.openai.com/docs/guides/structured-outputs).

    The default format is `{ "type": "text" }` with no additional options.

    **Not recommended for gpt-4o and newer models:**

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
     """

    _sdk_name_: ClassVar[str] = "DataSourceResponsesSamplingParamsText"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("format", "format"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "format": "ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("format",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.format
        if value_1 is None:
            if "format" in present:
                out["format"] = None
        else:
            out["format"] = to_json(value_1)
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
        _raw_format_ = get_("format", UNSET)
        if _raw_format_ is not UNSET:
            try:
                format_ = _parse_format_(_raw_format_)

            except LENIENT_ERRORS:
                format_ = _raw_format_
        else:
            format_ = _raw_format_
        parsed_obj_.format = None if isinstance(format_, Unset) else format_
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
