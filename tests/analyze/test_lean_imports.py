"""analyze/lean_imports.py: one article's analysis leaves out what it never uses (spaCy's command
line, pint's dask support, torch in thinc, dateparser for plain dates, warcio and feedparser for a text
file), and each of those still loads, whole, where something asks for it. Checked in fresh
interpreters' sys.modules, so that the checks hold however loaded the machine is."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.support.paths import ROOT

SAMPLE = ROOT / "src" / "quotegraph" / "data" / "sample.txt"


def _run(code: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True, cwd=ROOT
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_analyzing_a_text_article_loads_none_of_the_parts_it_never_uses():
    found = _run(
        "import json, sys\n"
        "from quotegraph.analyze import analyze\n"
        "from quotegraph.read import read_path\n"
        f"analysis = analyze(read_path({str(SAMPLE)!r}, date='2025-03-04'))\n"
        "unused = ('spacy.cli', 'weasel', 'dask', 'torch', 'dateparser', 'warcio', 'feedparser')\n"
        "print(json.dumps({'dates': len(analysis.dates), 'quantities': len(analysis.quantities),\n"
        "    'loaded': [name for name in unused if name in sys.modules]}))\n"
    )
    assert found["dates"] > 0 and found["quantities"] > 0  # the stages that used them ran
    assert found["loaded"] == []


def test_spacys_command_line_loads_whole_when_asked_for():
    found = _run(
        "import json, sys\n"
        "import quotegraph.analyze.parsing, spacy\n"
        "stood_in = 'spacy.cli' in sys.modules\n"
        "import spacy.cli\n"
        "print(json.dumps({'stood_in': stood_in, 'real': hasattr(spacy.cli, 'setup_cli'),\n"
        "    'attribute': spacy.cli is sys.modules['spacy.cli'],\n"
        "    'info': spacy.info(markdown=False, silent=True)['spacy_version'] == spacy.__version__}))\n"
    )
    assert found == {"stood_in": False, "real": True, "attribute": True, "info": True}


def test_pint_keeps_dask_when_dask_was_loaded_first():
    """The scale extra's runner imports dask itself: pint then supports it as usual; dask imported
    after pint works too."""
    found = _run(
        "import json\n"
        "import quotegraph.analyze, dask, pint.compat\n"
        "first = pint.compat.HAS_DASK\n"
        "print(json.dumps({'dask_first': first}))\n"
    )
    after = _run(
        "import json\n"
        "import quotegraph.analyze, pint.compat, dask.array\n"
        "works = bool(dask.array.ones(3).sum().compute() == 3)\n"
        "print(json.dumps({'pint': pint.compat.HAS_DASK, 'dask': works}))\n"
    )
    assert found == {"dask_first": True}
    assert after == {"pint": False, "dask": True}
