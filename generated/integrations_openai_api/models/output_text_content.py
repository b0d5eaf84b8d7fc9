from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
                logprobs_type_0_item = (
                    LogProb._from_dict_(logprobs_type_0_item_data)
                    if logprobs_type_0_item_data.__class__ is dict
                    else LogProb.from_dict(logprobs_type_0_item_data)
                )
            except LENIENT_ERRORS:
                logprobs_type_0_item = logprobs_type_0_item_data
            logprobs_type_0.append(logprobs_type_0_item)

        return logprobs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[LogProb] | None", data)


@_attrs_define(repr=False)
class OutputTextContent(ApiModel):
    """A text output from the model."""

    text: str
    """ The text output from the model. """

    annotations: list[
        ContainerFileCitationBody | FileCitationBody | FilePath | UnknownVariant | UrlCitationBody
    ]
    """ The annotations of the text output. """

    type: Literal["output_text"] = "output_text"
    """ The type of the output text. Always `output_text`. """

    logprobs: list[LogProb] | None = ABSENT

    _sdk_name_: ClassVar[str] = "ResponseOutputText"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("annotations", "annotations"),
        ("text", "text"),
        ("type", "type"),
        ("logprobs", "logprobs"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['output_text']",
        "text": "str",
        "annotations": "list[ContainerFileCitationBody | FileCitationBody | FilePath | UrlCitationBody]",
        "logprobs": "list[LogProb] | None",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.annotations
        if value_1 is None:
            if "annotations" in present:
                out["annotations"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "annotations" in present:
            out["annotations"] = to_json(value_1)
        value_2 = self.text
        if value_2 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        value_4 = self.logprobs
        if value_4 is None:
            if "logprobs" in present:
                out["logprobs"] = None
        else:
            out["logprobs"] = to_json(value_4)
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
        parsed_obj_.type = get_("type")
        parsed_obj_.text = get_("text")
        _raw_annotations = get_("annotations", UNSET)
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
        parsed_obj_.annotations = AbsentList() if isinstance(annotations, Unset) else annotations
        _raw_logprobs = get_("logprobs", None)
        if _raw_logprobs is not None:
            try:
                logprobs = _parse_logprobs(_raw_logprobs)

            except LENIENT_ERRORS:
                logprobs = _raw_logprobs
        else:
            logprobs = _raw_logprobs
        parsed_obj_.logprobs = logprobs
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
