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
    """ The request counts for different statuses within the batch. """

    usage: BatchUsage | None = ABSENT
    """ Represents token usage details including input tokens, output tokens, a
    breakdown of output tokens, and the total tokens used. Only populated on
    batches created after September 7, 2025.
     """

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
        "model": "str | Unset",
        "errors": "BatchErrors | Unset",
        "output_file_id": "str | Unset",
        "error_file_id": "str | Unset",
        "in_progress_at": "int | Unset",
        "expires_at": "int | Unset",
        "finalizing_at": "int | Unset",
        "completed_at": "int | Unset",
        "failed_at": "int | Unset",
        "expired_at": "int | Unset",
        "cancelling_at": "int | Unset",
        "cancelled_at": "int | Unset",
        "request_counts": "BatchRequestCounts | Unset",
        "usage": "BatchUsage | Unset",
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

        model = d.pop("model", None)

        _raw_errors = d.pop("errors", UNSET)
        try:
            _errors = _raw_errors
            errors: BatchErrors | Unset
            if isinstance(_errors, Unset):
                errors = UNSET
            else:
                errors = BatchErrors.from_dict(_errors)

        except LENIENT_ERRORS:
            errors = _raw_errors

        output_file_id = d.pop("output_file_id", None)

        error_file_id = d.pop("error_file_id", None)

        in_progress_at = d.pop("in_progress_at", None)

        expires_at = d.pop("expires_at", None)

        finalizing_at = d.pop("finalizing_at", None)

        completed_at = d.pop("completed_at", None)

        failed_at = d.pop("failed_at", None)

        expired_at = d.pop("expired_at", None)

        cancelling_at = d.pop("cancelling_at", None)

        cancelled_at = d.pop("cancelled_at", None)

        _raw_request_counts = d.pop("request_counts", UNSET)
        try:
            _request_counts = _raw_request_counts
            request_counts: BatchRequestCounts | Unset
            if isinstance(_request_counts, Unset):
                request_counts = UNSET
            else:
                request_counts = BatchRequestCounts.from_dict(_request_counts)

        except LENIENT_ERRORS:
            request_counts = _raw_request_counts

        _raw_usage = d.pop("usage", UNSET)
        try:
            _usage = _raw_usage
            usage: BatchUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = BatchUsage.from_dict(_usage)

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
        parsed_obj_.model = model
        parsed_obj_.errors = None if isinstance(errors, Unset) else errors
        parsed_obj_.output_file_id = output_file_id
        parsed_obj_.error_file_id = error_file_id
        parsed_obj_.in_progress_at = in_progress_at
        parsed_obj_.expires_at = expires_at
        parsed_obj_.finalizing_at = finalizing_at
        parsed_obj_.completed_at = completed_at
        parsed_obj_.failed_at = failed_at
        parsed_obj_.expired_at = expired_at
        parsed_obj_.cancelling_at = cancelling_at
        parsed_obj_.cancelled_at = cancelled_at
        parsed_obj_.request_counts = None if isinstance(request_counts, Unset) else request_counts
        parsed_obj_.usage = None if isinstance(usage, Unset) else usage
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
