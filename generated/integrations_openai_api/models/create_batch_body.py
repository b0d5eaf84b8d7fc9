from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.create_batch_body_endpoint import (
    CreateBatchBodyEndpoint,
    check_create_batch_body_endpoint,
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


T = TypeVar("T", bound="CreateBatchBody")


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define
class CreateBatchBody:
    input_file_id: str
    """ The ID of an uploaded file that contains requests for the new batch.

    See [upload file](/docs/api-reference/files/create) for how to upload a file.

    Your input file must be formatted as a [JSONL file](/docs/api-reference/batch/request-input), and must be
    uploaded with the purpose `batch`. The file can contain up to 50,000 requests, and can be up to 200 MB in size.
     """
    endpoint: CreateBatchBodyEndpoint
    """ The endpoint to be used for all requests in the batch. Currently `/v1/responses`, `/v1/chat/completions`,
    `/v1/embeddings`, `/v1/completions`, `/v1/moderations`, `/v1/images/generations`, `/v1/images/edits`, and
    `/v1/videos` are supported. Note that `/v1/embeddings` batches are also restricted to a maximum of 50,000
    embedding inputs across all requests in the batch. """
    completion_window: Literal["24h"] = "24h"
    """ The time frame within which the batch should be processed. Currently only `24h` is supported. """
    metadata: Metadata2 | None | Unset = UNSET
    output_expires_after: BatchFileExpirationAfter | Unset = UNSET
    """ The expiration policy for the output and/or error file that are generated for a batch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.input_file_id, Unset):
            field_dict["input_file_id"] = self.input_file_id
        if not isinstance(self.endpoint, Unset):
            field_dict["endpoint"] = self.endpoint
        if not isinstance(self.completion_window, Unset):
            field_dict["completion_window"] = self.completion_window
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        if self.output_expires_after is not UNSET:
            field_dict["output_expires_after"] = to_json(self.output_expires_after)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateBatchBody: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        input_file_id = d.pop("input_file_id", UNSET)

        _raw_endpoint = d.pop("endpoint", UNSET)
        try:
            endpoint = check_create_batch_body_endpoint(_raw_endpoint)

        except LENIENT_ERRORS:
            endpoint = _raw_endpoint

        _raw_completion_window = d.pop("completion_window", UNSET)
        try:
            completion_window = cast("Literal['24h']", _raw_completion_window)
            if completion_window != "24h":
                raise ValueError(
                    f"completion_window must match const '24h', got '{completion_window}'"
                )
        except LENIENT_ERRORS:
            completion_window = _raw_completion_window

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_output_expires_after = d.pop("output_expires_after", UNSET)
        try:
            _output_expires_after = _raw_output_expires_after
            output_expires_after: BatchFileExpirationAfter | Unset
            if isinstance(_output_expires_after, Unset):
                output_expires_after = UNSET
            else:
                output_expires_after = BatchFileExpirationAfter.from_dict(_output_expires_after)

        except LENIENT_ERRORS:
            output_expires_after = _raw_output_expires_after

        parsed_obj_ = cls(
            input_file_id=input_file_id,
            endpoint=endpoint,
            completion_window=completion_window,
            metadata=metadata,
            output_expires_after=output_expires_after,
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
