"""The testing packages promise exactly their ``__all__``, each name documented."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import integrations_openai.testing.fake as fake_package
import integrations_openai.testing.fake.handlers as handlers_package

PACKAGES = [
    "integrations_openai.testing",
    "integrations_openai.testing.fake",
    "integrations_openai.testing.pytest_plugin",
]
FAKE_MODULES = [
    *(f"{fake_package.__name__}.{m.name}" for m in pkgutil.iter_modules(fake_package.__path__)),
    *(
        f"{handlers_package.__name__}.{m.name}"
        for m in pkgutil.iter_modules(handlers_package.__path__)
    ),
]


@pytest.mark.parametrize("name", PACKAGES)
def test_all_is_sorted_unique_and_documented(name: str) -> None:
    module = importlib.import_module(name)
    names = list(module.__all__)
    assert names == sorted(names) and len(names) == len(set(names))
    assert [n for n in names if not inspect.getdoc(getattr(module, n))] == []


def test_the_fake_package_exports_exactly_its_all() -> None:
    public = {
        n
        for n, v in vars(fake_package).items()
        if not n.startswith("_") and not inspect.ismodule(v) and n != "annotations"
    }
    assert public == set(fake_package.__all__)


def test_the_testing_package_keeps_its_old_names() -> None:
    import integrations_openai.testing as testing

    for name in (
        "Resettable",
        "async_sleep",
        "is_testing",
        "register_resettable",
        "retries_for",
        "set_testing",
        "sleep",
    ):
        assert callable(getattr(testing, name))
    with pytest.raises(AttributeError):
        testing.NotAName  # type: ignore[attr-defined]  # noqa: B018


@pytest.mark.parametrize("name", FAKE_MODULES)
def test_every_module_function_and_method_is_documented(name: str) -> None:
    module = importlib.import_module(name)
    assert (module.__doc__ or "").strip()
    missing = []
    for attr, value in vars(module).items():
        if attr.startswith("_") or getattr(value, "__module__", None) != name:
            continue
        if inspect.isfunction(value) and not inspect.getdoc(value):
            missing.append(attr)
        if inspect.isclass(value):
            missing += [
                f"{attr}.{m}"
                for m, member in vars(value).items()
                if not m.startswith("_")
                and inspect.isfunction(member)
                and not (member.__doc__ or "").strip()
            ]
    assert missing == []
