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
from ..models.batch_status import BatchStatus
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
    guide](https://platform.openai.com/docs/models) to browse and compare available models.
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
        ("completion_window", "completion_window"),
        ("created_at", "created_at"),
        ("endpoint", "endpoint"),
        ("input_file_id", "input_file_id"),
        ("object", "object"),
        ("status", "status"),
        ("cancelled_at", "cancelled_at"),
        ("cancelling_at", "cancelling_at"),
        ("completed_at", "completed_at"),
        ("error_file_id", "error_file_id"),
        ("errors", "errors"),
        ("expired_at", "expired_at"),
        ("expires_at", "expires_at"),
        ("failed_at", "failed_at"),
        ("finalizing_at", "finalizing_at"),
        ("in_progress_at", "in_progress_at"),
        ("metadata", "metadata"),
        ("model", "model"),
        ("output_file_id", "output_file_id"),
        ("request_counts", "request_counts"),
        ("usage", "usage"),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.completion_window
        if value_2 is None:
            if "completion_window" in present:
                out["completion_window"] = None
        else:
            out["completion_window"] = value_2
        value_3 = self.created_at
        if value_3 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_3
        value_4 = self.endpoint
        if value_4 is None:
            if "endpoint" in present:
                out["endpoint"] = None
        else:
            out["endpoint"] = value_4
        value_5 = self.input_file_id
        if value_5 is None:
            if "input_file_id" in present:
                out["input_file_id"] = None
        else:
            out["input_file_id"] = value_5
        value_6 = self.object
        if value_6 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_6
        value_7 = self.status
        if value_7 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_7
        value_8 = self.cancelled_at
        if value_8 is None:
            if "cancelled_at" in present:
                out["cancelled_at"] = None
        else:
            out["cancelled_at"] = value_8
        value_9 = self.cancelling_at
        if value_9 is None:
            if "cancelling_at" in present:
                out["cancelling_at"] = None
        else:
            out["cancelling_at"] = value_9
        value_10 = self.completed_at
        if value_10 is None:
            if "completed_at" in present:
                out["completed_at"] = None
        else:
            out["completed_at"] = value_10
        value_11 = self.error_file_id
        if value_11 is None:
            if "error_file_id" in present:
                out["error_file_id"] = None
        else:
            out["error_file_id"] = value_11
        value_12 = self.errors
        if value_12 is None:
            if "errors" in present:
                out["errors"] = None
        else:
            out["errors"] = to_json(value_12)
        value_13 = self.expired_at
        if value_13 is None:
            if "expired_at" in present:
                out["expired_at"] = None
        else:
            out["expired_at"] = value_13
        value_14 = self.expires_at
        if value_14 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = value_14
        value_15 = self.failed_at
        if value_15 is None:
            if "failed_at" in present:
                out["failed_at"] = None
        else:
            out["failed_at"] = value_15
        value_16 = self.finalizing_at
        if value_16 is None:
            if "finalizing_at" in present:
                out["finalizing_at"] = None
        else:
            out["finalizing_at"] = value_16
        value_17 = self.in_progress_at
        if value_17 is None:
            if "in_progress_at" in present:
                out["in_progress_at"] = None
        else:
            out["in_progress_at"] = value_17
        value_18 = self.metadata
        if value_18 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_18)
        value_19 = self.model
        if value_19 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_19
        value_20 = self.output_file_id
        if value_20 is None:
            if "output_file_id" in present:
                out["output_file_id"] = None
        else:
            out["output_file_id"] = value_20
        value_21 = self.request_counts
        if value_21 is None:
            if "request_counts" in present:
                out["request_counts"] = None
        else:
            out["request_counts"] = to_json(value_21)
        value_22 = self.usage
        if value_22 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_22)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.endpoint = get_("endpoint")
        parsed_obj_.input_file_id = get_("input_file_id")
        parsed_obj_.completion_window = get_("completion_window")
        parsed_obj_.status = get_("status")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.model = get_("model")
        errors = get_("errors")
        if errors is not None:
            try:
                errors = (
                    BatchErrors._from_dict_(errors)
                    if errors.__class__ is dict
                    else BatchErrors.from_dict(errors)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.errors = errors
        parsed_obj_.output_file_id = get_("output_file_id")
        parsed_obj_.error_file_id = get_("error_file_id")
        parsed_obj_.in_progress_at = get_("in_progress_at")
        parsed_obj_.expires_at = get_("expires_at")
        parsed_obj_.finalizing_at = get_("finalizing_at")
        parsed_obj_.completed_at = get_("completed_at")
        parsed_obj_.failed_at = get_("failed_at")
        parsed_obj_.expired_at = get_("expired_at")
        parsed_obj_.cancelling_at = get_("cancelling_at")
        parsed_obj_.cancelled_at = get_("cancelled_at")
        request_counts = get_("request_counts")
        if request_counts is not None:
            try:
                request_counts = (
                    BatchRequestCounts._from_dict_(request_counts)
                    if request_counts.__class__ is dict
                    else BatchRequestCounts.from_dict(request_counts)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.request_counts = request_counts
        usage = get_("usage")
        if usage is not None:
            try:
                usage = (
                    BatchUsage._from_dict_(usage)
                    if usage.__class__ is dict
                    else BatchUsage.from_dict(usage)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.usage = usage
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
