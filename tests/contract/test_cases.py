"""The committed call arguments: one case per operation, schema-valid, reachable by name."""

from __future__ import annotations

import pytest

from integrations_openai import OpenAIClient
from scripts.contract.cases import Case, build_cases
from scripts.contract.public import resolve_method
from scripts.contract.spec import Spec, iter_operations
from scripts.contract.validate import SpecValidator, pointer
from scripts.prism.server import MOCK_API_KEY


def test_every_operation_has_a_case(spec: Spec, cases: dict[str, Case]) -> None:
    assert {op.operation_id for op in iter_operations(spec)} == {
        c.operation_id for c in cases.values()
    }


def test_no_operation_is_missing_from_a_fresh_build(spec: Spec, cases: dict[str, Case]) -> None:
    assert sorted(set(build_cases(spec)) - set(cases)) == []


def test_json_bodies_are_schema_valid(
    spec: Spec, cases: dict[str, Case], validator: SpecValidator
) -> None:
    operations = {op.operation_id: op for op in iter_operations(spec)}
    invalid = {}
    for name, case in cases.items():
        if case.media_type != "application/json":
            continue
        op = operations[case.operation_id]
        here = pointer(
            "paths", op.path, op.method.lower(), "requestBody", "content", case.media_type, "schema"
        )
        if errors := validator.errors(here, case.body):
            invalid[name] = errors
    assert invalid == {}


def test_every_public_name_resolves(cases: dict[str, Case]) -> None:
    with OpenAIClient(api_key=MOCK_API_KEY, base_url="http://127.0.0.1:9") as client:
        for case in cases.values():
            assert callable(resolve_method(client, case)), case.call


@pytest.mark.parametrize("name", ["createChatCompletion", "createFile", "retrieveFile"])
def test_cases_read_like_calls(name: str, cases: dict[str, Case]) -> None:
    case = cases[name]
    assert case.call and case.method in {"GET", "POST", "DELETE"}
    assert "{" not in case.url_path()
