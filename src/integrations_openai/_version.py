"""The package version: the one source (pyproject reads it through setuptools' dynamic version)."""

__all__ = ["__version__"]

__version__ = "0.1.0"
