"""The code's structure that issue #11 asked for, held by tests: the reporting package
(texts, formats, charts, the story and its files) never imports Streamlit, and a page is
routed through ``dashboard.py`` without walking the call stack."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_reporting_never_imports_streamlit() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import reporting\n"
        "for m in pkgutil.walk_packages(reporting.__path__, 'reporting.'):\n"
        "    importlib.import_module(m.name)\n"
        "from reporting.story import Data, build_story\n"
        "print(sorted(k for k in sys.modules if k == 'streamlit' or k.startswith(('streamlit.', 'ui.', 'pages.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_no_code_walks_the_call_stack() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for folder in ("ui", "pages", "reporting", "analytics", "data")
        for p in (ROOT / folder).rglob("*.py")
        if "_getframe" in p.read_text(encoding="utf-8")
    ]
    assert not offenders


PAGE_MAX_LINES = 120  # issue #11: "at most about 120 lines"
RESHAPING = (".groupby(", ".pivot", ".melt(", ".merge(", ".assign(")


def test_every_page_file_reads_filters_call_draw() -> None:
    """Each file in pages/ is short, imports neither pandas nor numpy and reshapes no frame:
    the numbers come from analytics (through ui.get), sentences from reporting.findings,
    the drawing from ui.sections."""
    pages = sorted((ROOT / "pages").glob("*.py"))
    assert len(pages) >= 12
    for page in pages:
        source = page.read_text(encoding="utf-8")
        assert len(source.splitlines()) <= PAGE_MAX_LINES, page.name
        imported: set[str] = set()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                imported.add((node.module or "").split(".")[0])
        assert not imported & {"pandas", "numpy"}, page.name
        assert not [r for r in RESHAPING if r in source], page.name
