"""Contract-test fixtures: the shared Prism server, the spec, the operation cases."""

from __future__ import annotations

import pytest

from scripts.contract.cases import Case, load_cases
from scripts.contract.spec import Spec, pinned_spec
from scripts.contract.validate import SpecValidator
from tests.support.prism import prism

__all__ = ["prism"]


@pytest.fixture(scope="session")
def spec() -> Spec:
    """The pinned spec (lock-verified), parsed once."""
    return pinned_spec()


@pytest.fixture(scope="session")
def validator(spec: Spec) -> SpecValidator:
    """Draft 2020-12 validation against any schema of the pinned spec."""
    return SpecValidator(spec)


@pytest.fixture(scope="session")
def cases() -> dict[str, Case]:
    """tests/contract/operations.yaml, by case name."""
    return load_cases()
