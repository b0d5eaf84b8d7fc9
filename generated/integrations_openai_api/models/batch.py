from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class Batch(ApiModel):
    id: str

    endpoint: str
    """ The OpenAI API endpoint used by the batch. """

    input_file_id: str
    """ The ID of the input file for the batch. """

    completion_window: str
    """ The time frame within which the batch should be processed. """

    status: BatchStatus | str
    """ The current status of the batch. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the batch was created. """

    object: Literal["batch"] = "batch"
    """ The object type, which is always `batch`. """

    model: str | None = ABSENT
    """ Model ID used to process the batch, like `gpt-5-2025-08-07`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model
    guide](/docs/models) to browse and compare available models.
     """

    errors: BatchErrors | None = ABSENT

    output_file_id: str | None = ABSENT
    """ The ID of the file containing the outputs of successfully executed requests. """

    error_file_id: str | None = ABSENT
    """ The ID of the file containing the outputs of requests with errors. """

    in_progress_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the batch started processing. """

    expires_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the batch will expire. """

    finalizing_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the batch started finalizing. """

    completed_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the batch was completed. """

    failed_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the batch failed. """

    expired_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the batch expired. """

    cancelling_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the batch started cancelling. """

    cancelled_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the batch was cancelled. """

    request_counts: BatchRequestCounts | None = ABSENT

    usage: BatchUsage | None = ABSENT

    metadata: Metadata2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object", "object"),
        ("endpoint", "endpoint"),
        ("input_file_id", "input_file_id"),
        ("completion_window", "completion_window"),
        ("status", "status"),
        ("created_at", "created_at"),
        ("model", "model"),
        ("errors", "errors"),
        ("output_file_id", "output_file_id"),
        ("error_file_id", "error_file_id"),
        ("in_progress_at", "in_progress_at"),
        ("expires_at", "expires_at"),
        ("finalizing_at", "finalizing_at"),
        ("completed_at", "completed_at"),
        ("failed_at", "failed_at"),
        ("expired_at", "expired_at"),
        ("cancelling_at", "cancelling_at"),
        ("cancelled_at", "cancelled_at"),
        ("request_counts", "request_counts"),
        ("usage", "usage"),
        ("metadata", "metadata"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['batch']",
        "endpoint": "str",
        "input_file_id": "str",
        "completion_window": "str",
        "status": "BatchStatus",
        "created_at": "int",
        "model": "None | str | Unset",
        "errors": "BatchErrors | None | Unset",
        "output_file_id": "None | str | Unset",
        "error_file_id": "None | str | Unset",
        "in_progress_at": "int | None | Unset",
        "expires_at": "int | None | Unset",
        "finalizing_at": "int | None | Unset",
        "completed_at": "int | None | Unset",
        "failed_at": "int | None | Unset",
        "expired_at": "int | None | Unset",
        "cancelling_at": "int | None | Unset",
        "cancelled_at": "int | None | Unset",
        "request_counts": "BatchRequestCounts | None | Unset",
        "usage": "BatchUsage | None | Unset",
        "metadata": "Metadata2 | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = d.pop("id", None)

        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["batch"]', _raw_object_)
            if object_ != "batch":
                raise ValueError(f"object must match const 'batch', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        endpoint = d.pop("endpoint", None)

        input_file_id = d.pop("input_file_id", None)

        completion_window = d.pop("completion_window", None)

        _raw_status = d.pop("status", None)
        try:
            status = check_batch_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        created_at = d.pop("created_at", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.object = object_
        parsed_obj_.endpoint = endpoint
        parsed_obj_.input_file_id = input_file_id
        parsed_obj_.completion_window = completion_window
        parsed_obj_.status = status
        parsed_obj_.created_at = created_at
        parsed_obj_.model = None if isinstance(model, Unset) else model
        parsed_obj_.errors = None if isinstance(errors, Unset) else errors
        parsed_obj_.output_file_id = None if isinstance(output_file_id, Unset) else output_file_id
        parsed_obj_.error_file_id = None if isinstance(error_file_id, Unset) else error_file_id
        parsed_obj_.in_progress_at = None if isinstance(in_progress_at, Unset) else in_progress_at
        parsed_obj_.expires_at = None if isinstance(expires_at, Unset) else expires_at
        parsed_obj_.finalizing_at = None if isinstance(finalizing_at, Unset) else finalizing_at
        parsed_obj_.completed_at = None if isinstance(completed_at, Unset) else completed_at
        parsed_obj_.failed_at = None if isinstance(failed_at, Unset) else failed_at
        parsed_obj_.expired_at = None if isinstance(expired_at, Unset) else expired_at
        parsed_obj_.cancelling_at = None if isinstance(cancelling_at, Unset) else cancelling_at
        parsed_obj_.cancelled_at = None if isinstance(cancelled_at, Unset) else cancelled_at
        parsed_obj_.request_counts = None if isinstance(request_counts, Unset) else request_counts
        parsed_obj_.usage = None if isinstance(usage, Unset) else usage
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
