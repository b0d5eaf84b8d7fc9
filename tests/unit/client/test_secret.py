"""The key container never shows the key."""

from __future__ import annotations

import pickle

import pytest

from integrations_openai._secret import Secret

KEY = "sk-proj-SECRETVALUE1234567890"


def test_masks_in_repr_str_format() -> None:
    secret = Secret(KEY)
    percent = "%s" % (secret,)  # noqa: UP031 - the logging module formats this way
    for text in (repr(secret), str(secret), f"{secret}", f"{secret!r}", percent):
        assert KEY not in text
        assert "***" in text
    assert repr([secret]) == "[Secret('***')]"


def test_value_only_on_request() -> None:
    assert Secret(KEY).get_secret_value() == KEY


def test_callable_source_is_read_each_time() -> None:
    keys = iter(["sk-a-111111", "sk-b-222222"])
    secret = Secret(lambda: next(keys))
    assert secret.is_dynamic
    assert secret.get_secret_value() == "sk-a-111111"
    assert secret.get_secret_value() == "sk-b-222222"


def test_equality_and_truthiness() -> None:
    assert Secret(KEY) == Secret(KEY)
    assert Secret(KEY) != Secret(KEY + "x")
    assert Secret(KEY) != KEY
    assert not Secret("")
    assert Secret(KEY)
    source = lambda: KEY  # noqa: E731
    assert Secret(source) == Secret(source)
    assert Secret(source) != Secret(KEY)
    assert hash(Secret(KEY)) == hash(Secret("other"))


def test_refuses_pickling() -> None:
    with pytest.raises(TypeError):
        pickle.dumps(Secret(KEY))
