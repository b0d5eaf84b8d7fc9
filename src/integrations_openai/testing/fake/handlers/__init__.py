"""Canned operations of the fake, one module per area of the API.

Each module holds a ``routes`` table; ``ROUTES`` is all of them. Anything not listed here is
answered from the spec's response schema (``..._fallback``).
"""

from __future__ import annotations

from .._routing import Route
from . import (
    assistants,
    audio,
    batches,
    chat,
    embeddings,
    files,
    fine_tuning,
    images,
    models,
    moderations,
    responses,
    threads,
    vector_stores,
)

__all__ = ["ROUTES"]

ROUTES: list[Route] = [
    route
    for module in (
        assistants,
        audio,
        batches,
        chat,
        embeddings,
        files,
        fine_tuning,
        images,
        models,
        moderations,
        responses,
        threads,
        vector_stores,
    )
    for route in module.routes.routes
]
