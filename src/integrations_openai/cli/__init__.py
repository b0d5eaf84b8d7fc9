"""The ``integrations-openai`` command line (extra ``cli``: typer and rich).

``batch run input.jsonl --out results.jsonl`` (resumable, with a live progress bar),
``batch status``, ``health``, ``models list`` and a one-shot ``chat``. Every command takes
``--json`` for scripts; exit codes are in ``EXIT_CODES``. The client reads
``OPENAI_API_KEY`` / ``OPENAI_BASE_URL`` (or ``--api-key`` / ``--base-url``).
"""

from __future__ import annotations

try:
    import rich  # noqa: F401
    import typer  # noqa: F401
except ModuleNotFoundError as exc:  # pragma: no cover - the dev venv has the extra
    raise ModuleNotFoundError(
        f"the command line needs the cli extra ({exc.name} is missing): "
        "pip install 'integrations-openai[cli]'"
    ) from None

from ._app import app, main
from ._output import EXIT_CODES

__all__ = ["EXIT_CODES", "app", "main"]
