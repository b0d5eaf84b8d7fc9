"""``client.batches.run``: the runner over the facade's own resources.

The generated method hands over the resources (files, uploads, batches), a ``Ref`` to the
endpoint's ``Operation`` (so each body is parsed like the synchronous call's answer) and the
caller's options; unset options keep the runner's defaults.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial
from typing import Any

import attrs
from integrations_openai_api._facade_runtime import UNSET, Ref

from .._facade_core import parse_data
from ._results import BatchResult
from ._runner import arun_batch, run_batch

__all__ = ["arun_on_resources", "run_on_resources"]


@attrs.frozen
class _Resources:
    """The resources the runner calls, under the names a client gives them."""

    files: Any
    uploads: Any
    batches: Any


def _options(op: Ref | None, options: Mapping[str, Any]) -> dict[str, Any]:
    kwargs = {k: v for k, v in options.items() if v is not UNSET}
    if op is not None:
        kwargs["parse"] = partial(parse_data, op.get())
    return kwargs


def run_on_resources(
    resources: Mapping[str, Any], op: Ref | None, requests: Any, options: Mapping[str, Any]
) -> Iterator[BatchResult[Any]]:
    """``run_batch`` through these resources (the sync ``client.batches.run``)."""
    return run_batch(_Resources(**resources), requests, **_options(op, options))


async def arun_on_resources(
    resources: Mapping[str, Any], op: Ref | None, requests: Any, options: Mapping[str, Any]
) -> Iterator[BatchResult[Any]]:
    """``arun_batch`` through these resources (the async ``client.batches.run``)."""
    return await arun_batch(_Resources(**resources), requests, **_options(op, options))
