"""mkdocs hook: one API-reference page per top-level resource, built from the generated tree.

Why a hook and not committed pages: the pages are a pure function of
``generated/integrations_openai_api/resources/`` (itself generated from the spec), so
building them at ``mkdocs build`` time means a spec bump updates the reference with nothing
else to regenerate or commit, and no page can go stale. The sync classes are documented;
each async class mirrors its sync twin (the same methods, awaited).
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
from types import ModuleType
from typing import Any

__all__ = ["NAV_TITLE", "PAGE_DIR", "on_config", "on_files", "resource_pages"]

PAGE_DIR = "reference/resources"
NAV_TITLE = "Resources"
_PACKAGE = "integrations_openai_api.resources"
# The keyword annotations of a generated method are long unions: the Args section already
# names and describes each keyword, and formatting hundreds of annotated signatures is most
# of the build's time.
_OPTIONS = ["    options:", "      show_signature_annotations: false"]


def _sync_classes(module: ModuleType) -> list[str]:
    """The module's own sync resource classes (not the async or raw-response twins)."""
    from integrations_openai_api._facade_runtime import SyncResource

    return [
        name
        for name, obj in vars(module).items()
        if inspect.isclass(obj)
        and obj.__module__ == module.__name__
        and issubclass(obj, SyncResource)
        and not name.endswith("WithRawResponse")
    ]


def resource_pages() -> dict[str, str]:
    """``{"chat": markdown, ...}``: one page per attribute of the client's resource tree."""
    root = importlib.import_module(_PACKAGE)
    tops = sorted(
        name
        for name, attr in vars(root.Resources).items()
        if isinstance(attr, property | functools.cached_property) and not name.startswith("_")
    )
    pages: dict[str, str] = {}
    for top in tops:
        lines = [f"# client.{top}", ""]
        lines += [
            f"`client.{top}` and its sub-resources: the sync classes, generated from the spec "
            "(`AsyncOpenAIClient` has the same methods, awaited). Each method's docstring is the "
            "spec's description of the operation and of every keyword.",
            "",
        ]
        try:
            first = importlib.import_module(f"{_PACKAGE}.{top}")
        except ModuleNotFoundError:
            continue
        modules = [first]
        if hasattr(first, "__path__"):
            modules += [
                importlib.import_module(info.name)
                for info in sorted(
                    pkgutil.walk_packages(first.__path__, f"{first.__name__}."),
                    key=lambda info: info.name,
                )
            ]
        for module in modules:
            for cls in _sync_classes(module):
                lines += [f"::: {module.__name__}.{cls}", *_OPTIONS, ""]
        pages[top] = "\n".join(lines)
    return pages


def on_config(config: Any) -> Any:
    """Put the generated pages under "API reference" > "Resources" in the nav."""
    entries: list[Any] = [{"Overview": "reference/resources.md"}]
    entries += [{f"client.{top}": f"{PAGE_DIR}/{top}.md"} for top in resource_pages()]
    for section in config.nav or []:
        if isinstance(section, dict) and "API reference" in section:
            items = section["API reference"]
            for i, item in enumerate(items):
                if isinstance(item, dict) and NAV_TITLE in item:
                    items[i] = {NAV_TITLE: entries}
    return config


def on_files(files: Any, config: Any) -> Any:
    """Add the pages (in memory: nothing is written under docs/)."""
    from mkdocs.structure.files import File

    for top, text in resource_pages().items():
        files.append(File.generated(config, f"{PAGE_DIR}/{top}.md", content=text))
    return files
