"""Validate instances against schemas of the spec (Draft 2020-12, `$ref`s resolved)."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from scripts.contract.spec import Spec, to_json_schema

BASE_URI = "urn:openapi"


def pointer(*parts: str) -> str:
    """A JSON pointer fragment from raw path segments (escapes `~` and `/`)."""
    return "#" + "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


class SpecValidator:
    """Checks instances against any schema in one spec, addressed by JSON pointer."""

    def __init__(self, spec: Spec) -> None:
        self.document = to_json_schema(spec)
        resource: Resource[Any] = DRAFT202012.create_resource(self.document)
        self._registry: Registry[Any] = Registry().with_resource(BASE_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}

    def errors(self, fragment: str, instance: Any, *, limit: int = 5) -> list[str]:
        """Readable violations of the schema at `fragment` (empty when valid)."""
        validator = self._validators.get(fragment)
        if validator is None:
            validator = Draft202012Validator(
                {"$ref": f"{BASE_URI}{fragment}"}, registry=self._registry
            )
            self._validators[fragment] = validator
        out: list[str] = []
        for error in validator.iter_errors(instance):
            where = "/".join(str(p) for p in error.absolute_path) or "(root)"
            out.append(f"{where}: {error.message[:200]}")
            if len(out) >= limit:
                break
        return out
