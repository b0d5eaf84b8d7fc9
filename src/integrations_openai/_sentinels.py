"""The one "argument not given" sentinel, under the names the official SDK users type.

``NOT_GIVEN``/``omit`` are the generated layer's ``UNSET`` and ``NotGiven``/``Omit`` its
``Unset`` type, so a value a caller passes to mean "leave it out" is the very value every
facade method already defaults to (one sentinel in the whole package). ``is_omitted`` also
recognises the official SDK's own sentinels (``openai.NOT_GIVEN``, ``openai.omit``) passed
by a half-migrated codebase, by type name and module, without importing ``openai``.
"""

from __future__ import annotations

from typing import Any, Final

from integrations_openai_api.types import UNSET, Unset

__all__ = ["NOT_GIVEN", "NotGiven", "Omit", "Unset", "is_omitted", "omit"]

#: The type of ``NOT_GIVEN``/``omit`` (annotate ``x: int | NotGiven = NOT_GIVEN``).
NotGiven = Unset
#: The SDK's second name for the same idea: ``omit`` / ``Omit``.
Omit = Unset
#: "This keyword argument was not given": the default of every optional facade argument.
NOT_GIVEN: Final[Unset] = UNSET
#: The same sentinel under the SDK's newer name.
omit: Final[Unset] = UNSET

_FOREIGN = frozenset({"NotGiven", "Omit"})


def is_omitted(value: object) -> bool:
    """True for ``NOT_GIVEN``/``omit`` (ours or the official SDK's): "leave it out"."""
    if isinstance(value, Unset):
        return True
    kind: Any = type(value)
    return kind.__name__ in _FOREIGN and str(kind.__module__).split(".")[0] == "openai"
