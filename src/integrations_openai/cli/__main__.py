"""``python -m integrations_openai.cli``: the same as the ``integrations-openai`` script."""

from . import main

main()  # pragma: no cover - run in a subprocess by the tests
