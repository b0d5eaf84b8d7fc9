"""Every Python block of the documentation (and of the README) runs, page by page, against
the Prism mock.

The blocks of one page run in order as one script (a later block may use an earlier one's
names), in a scratch directory, with only the `OPENAI_*` variables of the mock set: what a
reader copies is what the suite ran.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.prism.server import MOCK_API_KEY, PrismServer

pytestmark = pytest.mark.prism
ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
_BLOCK = re.compile(r"^```python[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(page: Path) -> list[str]:
    """The fenced ```python blocks of ``page``, in order."""
    return _BLOCK.findall(page.read_text(encoding="utf-8"))


PAGES = [*sorted(p for p in DOCS.rglob("*.md") if python_blocks(p)), ROOT / "README.md"]


def page_id(page: Path) -> str:
    """A page's name in test ids: relative to the repository."""
    return page.relative_to(ROOT).as_posix()


def test_the_guides_have_examples() -> None:
    names = {page_id(p) for p in PAGES}
    assert {"docs/index.md", "docs/guides/getting-started.md", "README.md"} <= names
    assert all(python_blocks(p) for p in PAGES)


def test_block_extraction_keeps_order_and_skips_other_languages(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text("```bash\nls\n```\n```python\na = 1\n```\ntext\n```python\nprint(a)\n```\n")
    assert python_blocks(page) == ["a = 1\n", "print(a)\n"]


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_page_runs(page: Path, prism: PrismServer, tmp_path: Path) -> None:
    script = tmp_path / "page.py"
    script.write_text("\n\n".join(python_blocks(page)), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env.update(OPENAI_API_KEY=MOCK_API_KEY, OPENAI_BASE_URL=prism.url)
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
