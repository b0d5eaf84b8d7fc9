"""The resumable Batch API runner: requests in, one result per ``custom_id`` out.

``run_batch(client, requests, endpoint=..., state=path)`` (``arun_batch`` for the async
client; also ``client.batches.run``) plans input files within the API's limits (50,000
requests, 200 MB), uploads them, creates the batches, polls them, collects output and error
files streamed to disk, and resubmits failed or expired requests. Every step is saved in
the ``state`` file first, so a run killed anywhere continues on rerun without submitting
anything twice. Pure planning and step decisions (``_plan``, ``_core``) and two thin drivers.
"""

from __future__ import annotations

from ._core import Step
from ._plan import MAX_FILE_BYTES, MAX_REQUESTS_PER_FILE
from ._results import BatchResult
from ._runner import DEFAULT_MAX_ATTEMPTS, BatchTimeoutError, Progress, arun_batch, run_batch

__all__ = [
    "DEFAULT_MAX_ATTEMPTS",
    "MAX_FILE_BYTES",
    "MAX_REQUESTS_PER_FILE",
    "BatchResult",
    "BatchTimeoutError",
    "Progress",
    "Step",
    "arun_batch",
    "run_batch",
]
