from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_file_citation_body import ContainerFileCitationBody
    from ..models.file_citation_body import FileCitationBody
    from ..models.file_path import FilePath
    from ..models.log_prob import LogProb
    from ..models.url_citation_body import UrlCitationBody

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ContainerFileCitationBody, \
        FileCitationBody, \
        FilePath, \
        LogProb, \
        UrlCitationBody
    from ..models.container_file_citation_body import ContainerFileCitationBody  # noqa: PLC0415
    from ..models.file_citation_body import FileCitationBody  # noqa: PLC0415
    from ..models.file_path import FilePath  # noqa: PLC0415
    from ..models.log_prob import LogProb  # noqa: PLC0415
    from ..models.url_citation_body import UrlCitationBody  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="OutputTextContent")


def _parse_annotations_item(
    data: object,
) -> ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                FileCitationBody,
                UrlCitationBody,
                ContainerFileCitationBody,
                FilePath,
            ),
        )
        if variant is None:
            return cast(
                "ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody",
                UnknownVariant(data),
            )
        return cast(
            "ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody",
            variant.from_dict(data),
        )
    return cast("ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody", data)


def _parse_logprobs(data: object) -> list[LogProb] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        logprobs_type_0 = []
        _logprobs_type_0 = data
        if not isinstance(_logprobs_type_0, list):
            raise TypeError()
        for logprobs_type_0_item_data in _logprobs_type_0:
            try:
                logprobs_type_0_item = LogProb.from_dict(logprobs_type_0_item_data)

            except LENIENT_ERRORS:
                logprobs_type_0_item = logprobs_type_0_item_data
            logprobs_type_0.append(logprobs_type_0_item)

        return logprobs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[LogProb] | None", data)


@_attrs_define
class OutputTextContent:
    """A text output from the model."""

    text: str
    """ The text output from the model. """
    annotations: list[ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody]
    """ The annotations of the text output. """
    logprobs: list[LogProb] | None
    type_: Literal["output_text"] = "output_text"
    """ The type of the output text. Always `output_text`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("output_text",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "text",
        "annotations",
        "logprobs",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "text",
            "annotations",
            "logprobs",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.text, Unset):
            field_dict["text"] = self.text
        if not isinstance(self.annotations, Unset):
            field_dict["annotations"] = to_json(self.annotations)
        if not isinstance(self.logprobs, Unset):
            field_dict["logprobs"] = to_json(self.logprobs)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"OutputTextContent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['output_text']", _raw_type_)
            if type_ != "output_text":
                raise ValueError(f"type must match const 'output_text', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        text = d.pop("text", UNSET)

        _raw_annotations = d.pop("annotations", UNSET)
        try:
            annotations = []
            _annotations = _raw_annotations
            if not isinstance(_annotations, list):
                raise TypeError()
            for annotations_item_data in _annotations:
                try:
                    annotations_item = _parse_annotations_item(annotations_item_data)

                except LENIENT_ERRORS:
                    annotations_item = annotations_item_data
                annotations.append(annotations_item)

        except LENIENT_ERRORS:
            annotations = _raw_annotations

        _raw_logprobs = d.pop("logprobs", UNSET)
        try:
            logprobs = _parse_logprobs(_raw_logprobs)

        except LENIENT_ERRORS:
            logprobs = _raw_logprobs

        parsed_obj_ = cls(
            type_=type_,
            text=text,
            annotations=annotations,
            logprobs=logprobs,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
