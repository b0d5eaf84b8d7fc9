from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_batch_body_endpoint import (
    CreateBatchBodyEndpoint,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_file_expiration_after import BatchFileExpirationAfter
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BatchFileExpirationAfter, Metadata2
    from ..models.batch_file_expiration_after import BatchFileExpirationAfter  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define(repr=False)
class CreateBatchBody(ApiModel):
    input_file_id: str
    """ The ID of an uploaded file that contains requests for the new batch.

    See [upload file](https://platform.openai.com/docs/api-reference/files/create) for how to upload a file.

    Your input file must be formatted as a [JSONL file](https://platform.openai.com/docs/api-
    reference/batch/request-input), and must be uploaded with the purpose `batch`. The file can contain up to 50,000
    requests, and can be up to 200 MB in size.
     """

    endpoint: CreateBatchBodyEndpoint | str
    """ The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`,
    `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and
    `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000
    embedding inputs across all requests in the batch. """

    completion_window: Literal["24h"] = "24h"
    """ The time frame within which the batch should be processed. Currently only `24h` is supported. """

    metadata: Metadata2 | None = ABSENT

    output_expires_after: BatchFileExpirationAfter | None = ABSENT
    """ The expiration policy for the output and/or error file that are generated for a batch. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_file_id", "input_file_id"),
        ("endpoint", "endpoint"),
        ("completion_window", "completion_window"),
        ("metadata", "metadata"),
        ("output_expires_after", "output_expires_after"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "input_file_id": "str",
        "endpoint": "CreateBatchBodyEndpoint",
        "completion_window": "Literal['24h']",
        "metadata": "Metadata2 | None | Unset",
        "output_expires_after": "BatchFileExpirationAfter | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "endpoint": (
            "/v1/chat/completions",
            "/v1/completions",
            "/v1/embeddings",
            "/v1/images/edits",
            "/v1/images/generations",
            "/v1/moderations",
            "/v1/responses",
            "/v1/videos",
        ),
        "completion_window": ("24h",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "input_file_id",
        "endpoint",
        "completion_window",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input_file_id",
            "endpoint",
            "completion_window",
            "metadata",
            "output_expires_after",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input_file_id
        if value_1 is None:
            if "input_file_id" in present:
                out["input_file_id"] = None
        else:
            out["input_file_id"] = value_1
        value_2 = self.endpoint
        if value_2 is None:
            if "endpoint" in present:
                out["endpoint"] = None
        else:
            out["endpoint"] = value_2
        value_3 = self.completion_window
        if value_3 is None:
            if "completion_window" in present:
                out["completion_window"] = None
        else:
            out["completion_window"] = value_3
        value_4 = self.metadata
        if value_4 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_4)
        value_5 = self.output_expires_after
        if value_5 is None:
            if "output_expires_after" in present:
                out["output_expires_after"] = None
        else:
            out["output_expires_after"] = to_json(value_5)
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
        parsed_obj_.input_file_id = get_("input_file_id")
        parsed_obj_.endpoint = get_("endpoint")
        parsed_obj_.completion_window = get_("completion_window")
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        output_expires_after = get_("output_expires_after")
        if output_expires_after is not None:
            try:
                output_expires_after = (
                    BatchFileExpirationAfter._from_dict_(output_expires_after)
                    if output_expires_after.__class__ is dict
                    else BatchFileExpirationAfter.from_dict(output_expires_after)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.output_expires_after = output_expires_after
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
