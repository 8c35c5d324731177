"""Undated corpora and other languages, said rather than silently wrong: `ingest --date` dates the
articles that give no date (and those stored undated already); `quotes --since/--until` says how many
undated articles it left out; an analysis without a date notes the relative dates it could not resolve;
a page that is not English gets no (English) tone, and a note saying so.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from quotegraph.analyze.pipeline import analyze
from quotegraph.cli import app
from quotegraph.cli.render.ingest import summary_view
from quotegraph.read import read_bytes
from quotegraph.scale.ingest import IngestSummary

runner = CliRunner()

COUNCIL = (
    "Council backs road plan\n\nRIVERTON -- The council voted on Sunday to repave Main Street.\n\n"
    '"We will fix the roads before summer," Mayor Helen Park said.\n'
)
LIBRARY = (
    "Library hours extended\n\nRIVERTON -- The library will open on Saturdays from next month.\n\n"
    '"Families asked for this," librarian Ada Lin said.\n'
)
DATED = {
    "date": "2023-01-10",
    "title": "Bridge reopens",
    "text": 'Bridge reopens\n\nRIVERTON -- The bridge reopened.\n\n"It is safe," engineer Tom Reyes said.\n',
}
FRENCH = (
    "Le conseil vote le budget\n\nRIVERTON -- Le conseil municipal a voté le budget de la ville pour "
    "l'année prochaine, et les habitants ont suivi les débats avec une grande attention.\n\n"
    "« Nous avons fait le choix de la prudence et de la justice pour tous », a déclaré la maire "
    "Hélène Parc devant les élus.\n"
)


def test_an_undated_analysis_notes_the_relative_dates_left_unresolved(nlp) -> None:
    undated = analyze(read_bytes(COUNCIL.encode(), source="council.txt"), nlp)
    (note,) = [n for n in undated.notes if "left unresolved" in n]
    assert "Sunday" in note and "--date YYYY-MM-DD" in note
    dated = analyze(read_bytes(COUNCIL.encode(), source="council.txt", date="2024-03-05"), nlp)
    assert not [n for n in dated.notes if "left unresolved" in n]
    assert any(m.value == "2024-03-03" for m in dated.dates)  # the Sunday before


def test_a_page_that_is_not_english_gets_no_tone(nlp) -> None:
    french = analyze(read_bytes(FRENCH.encode(), source="conseil.txt"), nlp)
    assert french.article.language == "fr"
    assert french.tone is None and all(quote.tone is None for quote in french.quotes)
    assert "tone not scored: the article reads as 'fr', not English" in french.notes
    english = analyze(read_bytes(COUNCIL.encode(), source="council.txt"), nlp)
    assert english.tone is not None and not [n for n in english.notes if "tone not scored" in n]


def _ingest(db: Path, *args: str) -> dict:
    result = runner.invoke(app, ["ingest", *args, "--db", str(db), "--workers", "0", "--quiet", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "council.txt").write_text(COUNCIL)
    (folder / "library.txt").write_text(LIBRARY)
    (folder / "bridge.jsonl").write_text(json.dumps(DATED) + "\n")
    return folder


def test_ingest_date_dates_new_and_stored_undated_articles(corpus: Path, tmp_path: Path, nlp) -> None:
    db = tmp_path / "news.db"
    first = _ingest(db, str(corpus / "council.txt"))
    assert (first["ingested"], first["dated"]) == (1, 0)
    since = runner.invoke(app, ["quotes", "--db", str(db), "--since", "2024-01-01", "--json"])
    assert json.loads(since.stdout) == []
    assert "1 quotes of 1 undated articles left out" in since.stderr and "--date" in since.stderr
    again = _ingest(db, str(corpus), "--date", "2024-03-05")
    assert (again["ingested"], again["reanalyzed"], again["dated"]) == (2, 1, 2)  # the bridge has its own
    articles = json.loads(runner.invoke(app, ["articles", "--db", str(db), "--json"]).stdout)
    assert sorted(a["date"] for a in articles) == ["2023-01-10", "2024-03-05", "2024-03-05"]
    found = runner.invoke(app, ["quotes", "--db", str(db), "--since", "2024-01-01", "--json"])
    assert {q["speaker"] for q in json.loads(found.stdout)} == {"Helen Park", "Ada Lin"}
    assert "left out" not in found.stderr
    # Dated now, nothing more to do: the same call adds nothing.
    third = _ingest(db, str(corpus), "--date", "2024-03-05")
    assert (third["ingested"], third["reanalyzed"], third["duplicates"], third["dated"]) == (0, 0, 3, 0)


def test_a_malformed_ingest_date_is_an_input_error(corpus: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "x.db"), "--date", "5 March"])
    assert result.exit_code == 2 and "expected a date YYYY-MM-DD" in result.stderr


def test_the_printed_ingest_table_shows_how_many_articles_were_dated() -> None:
    """`ingest --json` has the dated count; the table printed without --json shows it too."""

    def printed(summary: IngestSummary) -> str:
        console = Console(file=io.StringIO(), width=120)
        console.print(summary_view(summary, "corpus.db"))
        return console.file.getvalue()

    shown = printed(IngestSummary(seen=3, ingested=2, reanalyzed=1, dated=2, seconds=1.0))
    assert re.search(r"dated by --date.*\b2\b", shown), shown
    assert "dated by --date" not in printed(IngestSummary(seen=1, ingested=1, seconds=1.0))
