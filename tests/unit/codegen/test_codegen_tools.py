"""Post-hooks and the tree diff used by `check`, on tiny fake packages."""

from __future__ import annotations

import ast
from pathlib import Path

from scripts.codegen import pipeline, posthooks
from scripts.codegen.emitters import EMITTERS


def test_fix_unset_import_adds_missing_import(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "api" / "tag").mkdir(parents=True)
    (pkg / "types.py").write_text("class Unset: ...\n")
    broken = pkg / "api" / "tag" / "op.py"
    broken.write_text(
        "from ...types import UNSET\n\n\ndef f(body: int | Unset = UNSET) -> None: ...\n"
    )
    fine = pkg / "api" / "tag" / "ok.py"
    fine.write_text("from ...types import UNSET, Unset\n\nx: Unset\n")
    assert posthooks.fix_unset_import(pkg) == ["api/tag/op.py"]
    assert "from ...types import Unset" in broken.read_text()
    ast.parse(broken.read_text())


def test_lazy_models_init(tmp_path: Path) -> None:
    pkg = tmp_path / "lazypkg"
    (pkg / "models").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "models" / "__init__.py").write_text(
        "from .a_model import AModel\nfrom .b_model import BModel\n__all__ = ('AModel', 'BModel')\n"
    )
    (pkg / "models" / "a_model.py").write_text("class AModel: ...\n")
    (pkg / "models" / "b_model.py").write_text("raise RuntimeError('must not be imported')\n")
    assert posthooks.lazy_models_init(pkg) == 2
    import subprocess
    import sys

    code = (
        "import sys; import lazypkg.models.a_model; "
        # importing one model module directly (as every endpoint does) leaves the table unread
        "assert 'lazypkg.models._index' not in sys.modules; "
        "import lazypkg.models as m; from lazypkg.models import AModel; "
        "assert 'lazypkg.models.b_model' not in sys.modules; assert m.__all__ == ('AModel', 'BModel');"
        "assert m._MODULES == {'AModel': 'a_model', 'BModel': 'b_model'}; "
        "assert dir(m) == ['AModel', 'BModel']; "
        "print(AModel.__name__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "AModel"
    missing = subprocess.run(
        [sys.executable, "-c", "from lazypkg.models import Nope"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "cannot import name 'Nope'" in missing.stderr
    # Type checkers read the stub: explicit re-exports and the same __all__.
    stub = (pkg / "models" / "__init__.pyi").read_text()
    assert "from .a_model import AModel as AModel" in stub
    assert '"BModel",' in stub
    assert "_MODULES: dict[str, str]" in stub


def test_diff_trees(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for root in (a, b):
        (root / "__pycache__").mkdir(parents=True)
        (root / "same.py").write_text("x = 1\n")
    (a / "changed.py").write_text("x = 1\n")
    (b / "changed.py").write_text("x = 2\n")
    (a / "new.py").write_text("")
    (b / "gone.py").write_text("")
    (b / "__pycache__" / "junk.pyc").write_text("")
    assert pipeline.diff_trees(a, b) == ["M changed.py", "- gone.py", "+ new.py"]


def test_emitter_registry_is_a_list_of_callables() -> None:
    assert EMITTERS and all(callable(e) for e in EMITTERS)
