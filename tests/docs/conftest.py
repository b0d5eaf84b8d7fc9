"""The docs tests share the session's Prism mock with the contract tests."""

from tests.support.prism import prism

__all__ = ["prism"]
