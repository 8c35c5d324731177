"""Finding a speaker's quotes as a user means it: whole words of the name ("park" is not Parkinson),
the exact name, or one merged person; each quote with its article, speaker and person ids, the
person's name and the article's URL; and a person's quote count the same wherever it is shown
(`stats`, `speakers`, the person page, `quotes --person`): one definition in store/persons.py.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.scale.ingest import IngestOptions, ingest
from quotegraph.store import open_store
from quotegraph.store.lookups import person

runner = CliRunner()

RECORDS = [
    {
        "url": "https://news.example/roads",
        "date": "2024-03-01",
        "title": "Mayor promises road repairs",
        "text": "Mayor promises road repairs\n\nRIVERTON -- The city will repave Main Street this spring.\n\n"
        '"We will fix the roads before summer," Mayor Helen Park said on Friday.\n\n'
        '"The money is already in the budget," Park added.\n',
    },
    {
        "url": "https://news.example/budget",
        "date": "2024-03-08",
        "title": "Council splits on budget",
        "text": "Council splits on budget\n\nRIVERTON -- The council argued over the budget on Monday.\n\n"
        '"This budget spends too much on roads," council member Paula Parkinson said.\n\n'
        '"Every road we fix saves money later," Helen Park told reporters.\n',
    },
    {
        "url": "https://news.example/bank",
        "date": "2024-03-09",
        "title": "Lender opens branch",
        "text": "Lender opens branch\n\nRIVERTON -- A regional lender opened a branch downtown.\n\n"
        '"Riverton is growing fast," said Uday Kotak, the bank\'s founder.\n',
    },
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, nlp) -> str:
    folder = tmp_path_factory.mktemp("persons-query")
    (folder / "news.jsonl").write_text("".join(json.dumps(record) + "\n" for record in RECORDS))
    path = str(folder / "news.db")
    with open_store(path) as store:
        ingest([str(folder / "news.jsonl")], store, IngestOptions(workers=0))
    return path


def quotes(db: str, *args: str) -> list[dict]:
    result = runner.invoke(app, ["quotes", "--db", db, "--json", "--limit", "0", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_speaker_matches_whole_words_only(db: str) -> None:
    assert {q["speaker"] for q in quotes(db, "--speaker", "park")} == {"Helen Park"}
    assert {q["speaker"] for q in quotes(db, "--speaker", "PARKINSON")} == {"Paula Parkinson"}
    assert quotes(db, "--speaker", "kot") == [] and quotes(db, "--speaker", "ark") == []
    assert {q["speaker"] for q in quotes(db, "--speaker", "uday kotak")} == {"Uday Kotak"}
    assert quotes(db, "--speaker", "p%k") == [] and quotes(db, "--speaker", "%") == []


def test_exact_speaker_is_the_whole_name(db: str) -> None:
    assert quotes(db, "--speaker", "helen", "--exact") == []
    found = quotes(db, "--speaker", "helen park", "--exact")
    assert found and {q["speaker"] for q in found} == {"Helen Park"}


def test_quotes_carry_article_speaker_and_person(db: str) -> None:
    for quote in quotes(db, "--speaker", "park"):
        assert quote["url"] in {"https://news.example/roads", "https://news.example/budget"}
        assert quote["article"] == quote["url"]
        assert isinstance(quote["article_id"], int) and isinstance(quote["speaker_id"], int)
        assert isinstance(quote["person_id"], int) and quote["person"] == "Helen Park"
    exported = runner.invoke(app, ["export", "--db", db, "--table", "quotes", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    park = [row for row in rows if row["speaker"] == "Helen Park"]
    assert park and all(row["person"] == "Helen Park" and row["person_id"] for row in park)
    assert {row["url"] for row in park} == {"https://news.example/roads", "https://news.example/budget"}


def test_a_person_s_quotes_count_the_same_everywhere(db: str) -> None:
    listed = json.loads(runner.invoke(app, ["speakers", "--db", db, "--json", "--top", "0"]).stdout)[
        "speakers"
    ]
    stats = json.loads(runner.invoke(app, ["stats", "--db", db, "--json"]).stdout)
    top = {row["id"]: row["quotes"] for row in stats["top_speakers"]}
    park = next(row for row in listed if row["name"] == "Helen Park")
    assert park["quotes"] >= 3  # both articles' quotes, "Park added" among them
    with open_store(db, create=False) as store:
        for row in listed:
            by_person = quotes(db, "--person", str(row["id"]))
            page = person(store, row["id"])
            assert page is not None
            assert (
                row["quotes"]
                == len(by_person)
                == page["quotes"]
                == sum(m["quotes"] for m in page["timeline"])
            )
            # every quote listed is the person's; a person whose only attribution is no speech (a
            # headline's summary, a belief) is listed with 0 quotes, as `quotes --person` lists none
            assert {q["person_id"] for q in by_person} <= {row["id"]}
            if row["id"] in top:
                assert top[row["id"]] == row["quotes"]
    assert park["id"] in top


def test_unknown_person_lists_nothing(db: str, tmp_path: Path) -> None:
    assert quotes(db, "--person", "999999") == []
