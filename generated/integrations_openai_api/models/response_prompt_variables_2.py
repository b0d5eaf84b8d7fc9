from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    NO_KEYS,
    FreeFormModel,
)

if TYPE_CHECKING:
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, InputFileContent, InputImageContent, InputTextContent
    from ..models.input_file_content import InputFileContent  # noqa: PLC0415
    from ..models.input_image_content import InputImageContent  # noqa: PLC0415
    from ..models.input_text_content import InputTextContent  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False, eq=False)
class ResponsePromptVariables2(FreeFormModel[Any]):
    """Optional map of values to substitute in for variables in your
    prompt. The substitution values can either be strings, or other
    Response input types like images or files.

    """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = ()
    _param_types_: ClassVar[dict[str, str]] = {}
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(())

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_._request_id = None
        parsed_obj_._present_ = NO_KEYS
        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            try:

                def _parse_additional_property(
                    data: object,
                ) -> InputFileContent | InputImageContent | InputTextContent | str:
                    if isinstance(data, dict):
                        variant = pick_variant(
                            data,
                            (
                                InputTextContent,
                                InputImageContent,
                                InputFileContent,
                            ),
                        )
                        if variant is None:
                            return cast(
                                "InputFileContent | InputImageContent | InputTextContent | str",
                                UnknownVariant(data),
                            )
                        return cast(
                            "InputFileContent | InputImageContent | InputTextContent | str",
                            variant.from_dict(data),
                        )
                    return cast(
                        "InputFileContent | InputImageContent | InputTextContent | str", data
                    )

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property
            except LENIENT_ERRORS:
                additional_properties[prop_name] = prop_dict
        parsed_obj_.additional_properties = additional_properties
        result_: Self = parsed_obj_
        return result_
