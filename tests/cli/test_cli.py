"""The `quotegraph` command as a user runs it: output formats, the JSON contract, clear errors."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from quotegraph.cli import app
from tests.support.paths import shared_path

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_json() -> dict:
    article = shared_path("examples", "atacms-kursk.txt")
    result = runner.invoke(app, ["analyze", str(article), "--format", "json", "--date", "2024-11-18"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_json_output_follows_the_contract(seed_json):
    text = seed_json["text"]
    assert seed_json["article"]["headline"].startswith("Why Biden's Ukraine ATACMS")
    assert seed_json["article"]["dateline"] == "LONDON"
    assert seed_json["article"]["date"] == "2024-11-18"
    speakers = {s["id"]: s for s in seed_json["speakers"]}
    for quote in seed_json["quotes"]:
        assert quote["kind"] in {"direct", "indirect", "mixed"}
        for start, end in quote["content"] + quote["cue"] + quote["source"]:
            assert 0 <= start < end <= len(text)
        assert quote["speaker"] is None or quote["speaker"] in speakers
        assert quote["tone"] is None or -1 <= quote["tone"] <= 1
    peskov = next(s for s in seed_json["speakers"] if s["name"] == "Dmitry Peskov")
    assert peskov["role"] == "Kremlin spokesperson" and peskov["type"] == "person"
    assert not peskov["anonymous"]
    tone = seed_json["tone"]
    assert -1 <= tone["score"] <= 1 and 0 < tone["positive"] < 1 and 0 < tone["negative"] < 1


def test_csv_has_one_row_per_quote(seed_json):
    article = shared_path("examples", "atacms-kursk.txt")
    result = runner.invoke(app, ["analyze", str(article), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(seed_json["quotes"])
    assert {"speaker", "speaker_role", "kind", "content"} <= set(rows[0])
    tones = [q["tone"] for q in seed_json["quotes"]]
    assert [float(row["tone"]) if row["tone"] else None for row in rows] == tones


def test_readable_output_groups_quotes_by_speaker():
    result = runner.invoke(app, ["analyze", "--sample"])
    assert result.exit_code == 0
    assert "Helen Park" in result.stdout and "Mayor" in result.stdout
    assert result.stdout.count("Helen Park") == 1  # one heading, her quotes below it
    assert re.search(r"^tone [-+]?\d\.\d\d \(mean of its sentences", result.stdout, re.MULTILINE)
    gift = next(line for line in result.stdout.splitlines() if "a gift to our grandchildren" in line)
    assert re.search(r" \+0\.\d\d$", gift.rstrip())  # the quote's tone, last on its line


def test_readable_output_lists_the_events_with_place_and_date(seed_json):
    article = shared_path("examples", "atacms-kursk.txt")
    result = runner.invoke(app, ["analyze", str(article), "--date", "2024-11-18"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.stdout.splitlines()]
    section = lines[lines.index("Events") + 1 :][: len(seed_json["events"]) + 1]
    assert "Joe Biden — authorize (authorize) → Ukraine" in section
    assert "? — allow (authorize) → Kyiv" in section  # "Kyiv will now be allowed": no actor written
    places = [e for e in seed_json["events"] if e["place_name"] and not e["date"]]
    assert places and all(any(line.endswith(f"[{e['place_name']}]") for line in section) for e in places)
    assert any(line.endswith("[2024-08]") for line in section)  # "since August"
    assert all("→" in line for line in section[:-1]) and "→" not in section[-1]  # one line per event
    quotes_only = runner.invoke(app, ["analyze", str(article), "--only", "quotes"])
    assert quotes_only.exit_code == 0 and "Events" not in quotes_only.stdout.splitlines()


def test_a_text_without_headline_is_titled_by_its_path_once(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a short path, which the panel does not cut
    Path("story.txt").write_text('"We will continue," the minister told reporters.\n', encoding="utf-8")
    result = runner.invoke(app, ["analyze", "story.txt"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("story.txt") == 1


def test_jsonl_reads_stdin(tmp_path: Path):
    result = runner.invoke(
        app, ["analyze", "-", "--format", "jsonl"], input='"We are ready," said Ada Lin.\n'
    )
    assert result.exit_code == 0
    (line,) = result.stdout.splitlines()
    analysis = json.loads(line)
    assert analysis["speakers"][0]["name"] == "Ada Lin"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "is empty"),
        (b"   \n\t\n", "whitespace"),
        (b"\x00\x01\x02binary", "binary"),
    ],
)
def test_bad_input_is_one_line_and_nonzero(tmp_path: Path, content: bytes | None, message: str):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    completed = subprocess.run(
        [sys.executable, "-m", "quotegraph", "analyze", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode != 0
    assert message in completed.stderr
    assert "Traceback" not in completed.stderr + completed.stdout


def test_directory_is_refused(tmp_path: Path):
    result = runner.invoke(app, ["analyze", str(tmp_path)])
    assert result.exit_code == 2
    assert "directory" in result.output


def test_unknown_model_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("He said it was fine.")
    result = runner.invoke(app, ["analyze", str(path), "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 3
    assert "cannot load spaCy pipeline" in result.output


def test_cp1252_is_decoded_with_a_note(tmp_path: Path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("“We won’t stop,” said Ada Lin, the café owner.".encode("cp1252"))
    result = runner.invoke(app, ["analyze", str(path), "--format", "json"])
    assert result.exit_code == 0
    analysis = json.loads(result.stdout)
    assert any("cp1252" in note for note in analysis["notes"])
    assert analysis["speakers"][0]["name"] == "Ada Lin"


def test_evaluate_gold_json_prints_scores():
    gold = shared_path("examples", "atacms-kursk.gold.json")
    result = runner.invoke(app, ["evaluate", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["quotes"]["required_found"] >= 23


def test_evaluate_prints_tables_for_people():
    gold = shared_path("examples", "atacms-kursk.gold.json")
    result = runner.invoke(app, ["evaluate", str(gold)])
    assert result.exit_code == 0, result.output
    assert "required quotes found with the right speaker" in result.stdout
    assert "Table object" not in result.stdout


def test_evaluate_polnear_limit():
    split = shared_path("eval", "polnear", "dev")
    result = runner.invoke(app, ["evaluate", str(split), "--limit", "3", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == 3
    assert 0 < scores["scores"]["source"]["overlap"]["f1"] <= 1


def _walk(group, words: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*words, name), command
        if hasattr(command, "commands"):  # a group: its subcommands too
            yield from _walk(command, (*words, name))


# Every command the app registers, as click sees it, by the words that run it (a command added later is
# checked too, and each subcommand of a group: `config set`).
CLICK_COMMANDS = {" ".join(words): command for words, command in _walk(typer.main.get_command(app))}
COMMANDS = list(CLICK_COMMANDS)
LEAF_COMMANDS = [words for words, command in CLICK_COMMANDS.items() if not hasattr(command, "commands")]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_that_fits_a_terminal(command):
    result = runner.invoke(app, [*command.split(), "--help"], prog_name="quotegraph", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert f"Usage: quotegraph {command}" in result.output
    assert max(len(line) for line in result.output.splitlines()) <= 80


@pytest.mark.parametrize("command", LEAF_COMMANDS)
def test_every_option_name_reads_whole_at_80_columns(command):
    """Rich lays each option table out itself; it cut long names to fit ('--attribution-mod…')."""
    result = runner.invoke(app, [*command.split(), "--help"], prog_name="quotegraph", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    # Typer ships its own copy of click: its options are told by kind, not by click.Option.
    options = [param for param in CLICK_COMMANDS[command].params if param.param_type_name == "option"]
    assert options
    for option in options:
        names = option.opts + option.secondary_opts
        first = next(name for name in names if name.startswith("--"))
        # The option's row starts with its first long name (after the required mark, if any); each of
        # its names is on that row, whole.
        row = [line for line in lines if re.match(rf"│ (?:\*  |   )?{re.escape(first)}(?![\w-])", line)]
        assert len(row) == 1, (first, result.output)
        for name in names:
            assert re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", row[0]), (name, row[0])
    assert "…" not in result.output  # nothing in the help, name or text, is cut to fit


def test_help_prose_is_wrapped_to_the_terminal_and_examples_keep_their_lines():
    """Typer keeps a docstring's line breaks; the prose is joined so a wide terminal shows it whole."""
    result = runner.invoke(app, ["train", "--help"], env={"COLUMNS": "200"})
    lines = [line.strip() for line in result.output.splitlines()]
    assert any(
        line.startswith("A transformer run") and line.endswith("goes on with --resume.") for line in lines
    )
    assert "quotegraph train ... --resume" in lines
    assert "--encoder mpnet --max-epochs 2 --precision bf16" in lines
