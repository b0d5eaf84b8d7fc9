from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json

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


T = TypeVar("T", bound="ResponsePromptVariables2")


@_attrs_define
class ResponsePromptVariables2:
    """Optional map of values to substitute in for variables in your
    prompt. The substitution values can either be strings, or other
    Response input types like images or files.

    """

    additional_properties: dict[
        str, InputFileContent | InputImageContent | InputTextContent | str
    ] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ResponsePromptVariables2: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        parsed_obj_ = cls()

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
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> InputFileContent | InputImageContent | InputTextContent | str:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: InputFileContent | InputImageContent | InputTextContent | str
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
