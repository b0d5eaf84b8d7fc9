from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.batch_status import BatchStatus, check_batch_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_errors import BatchErrors
    from ..models.batch_request_counts import BatchRequestCounts
    from ..models.batch_usage import BatchUsage
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BatchErrors, BatchRequestCounts, BatchUsage, Metadata2
    from ..models.batch_errors import BatchErrors  # noqa: PLC0415
    from ..models.batch_request_counts import BatchRequestCounts  # noqa: PLC0415
    from ..models.batch_usage import BatchUsage  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Batch")


def _parse_model(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_errors(data: object) -> BatchErrors | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return BatchErrors.from_dict(data)
    return cast("BatchErrors | None | Unset", data)


def _parse_output_file_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_error_file_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_in_progress_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_expires_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_finalizing_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_completed_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_failed_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_expired_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_cancelling_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_cancelled_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_request_counts(data: object) -> BatchRequestCounts | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return BatchRequestCounts.from_dict(data)
    return cast("BatchRequestCounts | None | Unset", data)


def _parse_usage(data: object) -> BatchUsage | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return BatchUsage.from_dict(data)
    return cast("BatchUsage | None | Unset", data)


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define
class Batch:
    id: str
    endpoint: str
    """ The OpenAI API endpoint used by the batch. """
    input_file_id: str
    """ The ID of the input file for the batch. """
    completion_window: str
    """ The time frame within which the batch should be processed. """
    status: BatchStatus
    """ The current status of the batch. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the batch was created. """
    object_: Literal["batch"] = "batch"
    """ The object type, which is always `batch`. """
    model: None | str | Unset = UNSET
    """ Model ID used to process the batch, like `gpt-5-2025-08-07`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model
    guide](/docs/models) to browse and compare available models.
     """
    errors: BatchErrors | None | Unset = UNSET
    output_file_id: None | str | Unset = UNSET
    """ The ID of the file containing the outputs of successfully executed requests. """
    error_file_id: None | str | Unset = UNSET
    """ The ID of the file containing the outputs of requests with errors. """
    in_progress_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the batch started processing. """
    expires_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the batch will expire. """
    finalizing_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the batch started finalizing. """
    completed_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the batch was completed. """
    failed_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the batch failed. """
    expired_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the batch expired. """
    cancelling_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the batch started cancelling. """
    cancelled_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the batch was cancelled. """
    request_counts: BatchRequestCounts | None | Unset = UNSET
    usage: BatchUsage | None | Unset = UNSET
    metadata: Metadata2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("batch",),
        "status": (
            "cancelled",
            "cancelling",
            "completed",
            "expired",
            "failed",
            "finalizing",
            "in_progress",
            "validating",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "endpoint",
        "input_file_id",
        "completion_window",
        "status",
        "created_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "endpoint",
            "input_file_id",
            "completion_window",
            "status",
            "created_at",
            "model",
            "errors",
            "output_file_id",
            "error_file_id",
            "in_progress_at",
            "expires_at",
            "finalizing_at",
            "completed_at",
            "failed_at",
            "expired_at",
            "cancelling_at",
            "cancelled_at",
            "request_counts",
            "usage",
            "metadata",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.endpoint, Unset):
            field_dict["endpoint"] = self.endpoint
        if not isinstance(self.input_file_id, Unset):
            field_dict["input_file_id"] = self.input_file_id
        if not isinstance(self.completion_window, Unset):
            field_dict["completion_window"] = self.completion_window
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if self.model is not UNSET:
            field_dict["model"] = to_json(self.model)
        if self.errors is not UNSET:
            field_dict["errors"] = to_json(self.errors)
        if self.output_file_id is not UNSET:
            field_dict["output_file_id"] = to_json(self.output_file_id)
        if self.error_file_id is not UNSET:
            field_dict["error_file_id"] = to_json(self.error_file_id)
        if self.in_progress_at is not UNSET:
            field_dict["in_progress_at"] = to_json(self.in_progress_at)
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = to_json(self.expires_at)
        if self.finalizing_at is not UNSET:
            field_dict["finalizing_at"] = to_json(self.finalizing_at)
        if self.completed_at is not UNSET:
            field_dict["completed_at"] = to_json(self.completed_at)
        if self.failed_at is not UNSET:
            field_dict["failed_at"] = to_json(self.failed_at)
        if self.expired_at is not UNSET:
            field_dict["expired_at"] = to_json(self.expired_at)
        if self.cancelling_at is not UNSET:
            field_dict["cancelling_at"] = to_json(self.cancelling_at)
        if self.cancelled_at is not UNSET:
            field_dict["cancelled_at"] = to_json(self.cancelled_at)
        if self.request_counts is not UNSET:
            field_dict["request_counts"] = to_json(self.request_counts)
        if self.usage is not UNSET:
            field_dict["usage"] = to_json(self.usage)
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Batch: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['batch']", _raw_object_)
            if object_ != "batch":
                raise ValueError(f"object must match const 'batch', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        endpoint = d.pop("endpoint", UNSET)

        input_file_id = d.pop("input_file_id", UNSET)

        completion_window = d.pop("completion_window", UNSET)

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_batch_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        created_at = d.pop("created_at", UNSET)

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        _raw_errors = d.pop("errors", UNSET)
        try:
            errors = _parse_errors(_raw_errors)

        except LENIENT_ERRORS:
            errors = _raw_errors

        _raw_output_file_id = d.pop("output_file_id", UNSET)
        try:
            output_file_id = _parse_output_file_id(_raw_output_file_id)

        except LENIENT_ERRORS:
            output_file_id = _raw_output_file_id

        _raw_error_file_id = d.pop("error_file_id", UNSET)
        try:
            error_file_id = _parse_error_file_id(_raw_error_file_id)

        except LENIENT_ERRORS:
            error_file_id = _raw_error_file_id

        _raw_in_progress_at = d.pop("in_progress_at", UNSET)
        try:
            in_progress_at = _parse_in_progress_at(_raw_in_progress_at)

        except LENIENT_ERRORS:
            in_progress_at = _raw_in_progress_at

        _raw_expires_at = d.pop("expires_at", UNSET)
        try:
            expires_at = _parse_expires_at(_raw_expires_at)

        except LENIENT_ERRORS:
            expires_at = _raw_expires_at

        _raw_finalizing_at = d.pop("finalizing_at", UNSET)
        try:
            finalizing_at = _parse_finalizing_at(_raw_finalizing_at)

        except LENIENT_ERRORS:
            finalizing_at = _raw_finalizing_at

        _raw_completed_at = d.pop("completed_at", UNSET)
        try:
            completed_at = _parse_completed_at(_raw_completed_at)

        except LENIENT_ERRORS:
            completed_at = _raw_completed_at

        _raw_failed_at = d.pop("failed_at", UNSET)
        try:
            failed_at = _parse_failed_at(_raw_failed_at)

        except LENIENT_ERRORS:
            failed_at = _raw_failed_at

        _raw_expired_at = d.pop("expired_at", UNSET)
        try:
            expired_at = _parse_expired_at(_raw_expired_at)

        except LENIENT_ERRORS:
            expired_at = _raw_expired_at

        _raw_cancelling_at = d.pop("cancelling_at", UNSET)
        try:
            cancelling_at = _parse_cancelling_at(_raw_cancelling_at)

        except LENIENT_ERRORS:
            cancelling_at = _raw_cancelling_at

        _raw_cancelled_at = d.pop("cancelled_at", UNSET)
        try:
            cancelled_at = _parse_cancelled_at(_raw_cancelled_at)

        except LENIENT_ERRORS:
            cancelled_at = _raw_cancelled_at

        _raw_request_counts = d.pop("request_counts", UNSET)
        try:
            request_counts = _parse_request_counts(_raw_request_counts)

        except LENIENT_ERRORS:
            request_counts = _raw_request_counts

        _raw_usage = d.pop("usage", UNSET)
        try:
            usage = _parse_usage(_raw_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            endpoint=endpoint,
            input_file_id=input_file_id,
            completion_window=completion_window,
            status=status,
            created_at=created_at,
            model=model,
            errors=errors,
            output_file_id=output_file_id,
            error_file_id=error_file_id,
            in_progress_at=in_progress_at,
            expires_at=expires_at,
            finalizing_at=finalizing_at,
            completed_at=completed_at,
            failed_at=failed_at,
            expired_at=expired_at,
            cancelling_at=cancelling_at,
            cancelled_at=cancelled_at,
            request_counts=request_counts,
            usage=usage,
            metadata=metadata,
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
