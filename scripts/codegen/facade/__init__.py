"""The resource facade generator (official SDK names over the generated api modules)."""

from __future__ import annotations

from .emit import emit

__all__ = ["emit"]
