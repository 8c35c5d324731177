"""Quotes a reporter can trust (issue 30): types, page furniture, speakers that are names, clean roles.

The fixtures are short sentences of BBC articles outside the held-out sample of
benchmarks/quote_sample.py, and lines as other pages print them (a ZDNet shopping link, a Space.com
picture credit, an interview's Q:/A: lines), some with a name put in where the page had none.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from quotegraph import formats
from quotegraph.analyze.furniture import furniture_lines, is_furniture
from quotegraph.analyze.pipeline import analyze
from quotegraph.cli import app
from quotegraph.records import Analysis, Article
from quotegraph.scale.ingest import IngestOptions, ingest
from quotegraph.store import open_store


def _run(nlp, text: str) -> Analysis:
    return analyze(Article(text=text), nlp, only=["quotes"])


def _rows(analysis: Analysis) -> list[tuple[str, str | None, str]]:
    """(content, speaker name, type) of each attribution."""
    rows = []
    for quote in analysis.quotes:
        speaker = analysis.speaker(quote.speaker)
        content = " … ".join(analysis.text[s:e] for s, e in quote.content)
        rows.append((content, speaker.name if speaker else None, quote.type))
    return rows


def test_a_study_that_found_is_a_document_and_its_speaker_a_document(nlp):
    text = (
        "Munich-based research institute Ifo said that its confidence index fell to 95.5 in February. "
        "The study found that the outlook in both the manufacturing and retail sectors had worsened."
    )
    analysis = _run(nlp, text)
    rows = _rows(analysis)
    assert ("that its confidence index fell to 95.5 in February", "Ifo", "speech") in rows
    found = [r for r in rows if r[0].startswith("that the outlook")]
    assert found and found[0][2] == "document"
    study = next(s for s in analysis.speakers if s.name != "Ifo")
    assert study.kind == "document"
    assert next(s for s in analysis.speakers if s.name == "Ifo").kind == "organization"


def test_a_survey_is_a_document(nlp):
    analysis = _run(nlp, "A CBI quarterly survey found output had risen by the fastest rate in seven years.")
    assert [q.type for q in analysis.quotes] == ["document"]


def test_a_belief_is_a_thought(nlp):
    analysis = _run(nlp, "Mr Howard believes that the tax cuts would pay for themselves within a year.")
    assert [(q.type, analysis.speaker(q.speaker).name) for q in analysis.quotes] == [("thought", "Howard")]


def test_speech_has_a_role_and_a_person(nlp):
    text = (
        "Communications Minister Dayanidhi Maran said that there is a need to fund the fast-growing "
        "mobile market."
    )
    analysis = _run(nlp, text)
    assert [q.type for q in analysis.quotes] == ["speech"]
    speaker = analysis.speakers[0]
    assert (speaker.name, speaker.kind, speaker.roles) == (
        "Dayanidhi Maran",
        "person",
        ["Communications Minister"],
    )


def test_a_statement_speaks_for_whoever_issued_it(nlp):
    text = (
        "A statement from the band's record company Universal said frontman Charlie Simpson planned "
        "to spend some time working with his other band, Fightstar."
    )
    analysis = _run(nlp, text)
    assert [(s.name, s.kind) for s in analysis.speakers] == [("Universal", "organization")]


def test_age_goes_to_its_own_field(nlp):
    text = (
        '"We\'ve had them for a lot of years, and I think the people should enjoy them," '
        "Nogar's son Stephen, 57, said."
    )
    speaker = _run(nlp, text).speakers[0]
    assert (speaker.name, speaker.age) == ("Stephen", 57)
    assert not any(ch.isdigit() for role in speaker.roles for ch in role)


def test_a_definite_description_is_the_person_the_article_names_with_that_role(nlp):
    text = (
        "Prime Minister Tony Blair visited Leeds on Monday.\n"
        "Later the prime minister said: "
        '"A lot of us in politics get angry with journalists from time to time."'
    )
    assert [r[1] for r in _rows(_run(nlp, text))] == ["Tony Blair"]


def test_a_number_or_a_pronoun_is_no_speaker(nlp):
    analysis = _run(nlp, "Fifty-one percent said they would vote Labour at the next election.")
    assert all(s.name.lower() != "fifty-one percent" for s in analysis.speakers)
    analysis = _run(nlp, "You said the new phones would sell well in Europe this year.")
    assert analysis.speakers == []


def test_the_same_person_is_one_speaker(nlp):
    text = (
        "Donald Trump spoke in Ohio on Friday.\n"
        "President Trump said the economy was strong. Mr Trump said taxes would fall. "
        "Trump said he would win."
    )
    analysis = _run(nlp, text)
    assert {r[1] for r in _rows(analysis)} == {"Donald Trump"}
    assert len(analysis.speakers) == 1


def test_roles_are_noun_phrases_not_days_titles_or_adjectives(nlp):
    text = (
        "On Wednesday Mr Jones, a smiling Mr Brown and a good Mr Smith met. "
        "Jones said the plan was sound. Brown said it was late. Smith said it was costly."
    )
    analysis = _run(nlp, text)
    roles = [role for speaker in analysis.speakers for role in speaker.roles]
    assert not [r for r in roles if r.lower() in {"wednesday", "wednesday mr", "smiling", "good", "good mr"}]


def test_teasers_credits_and_notes_are_furniture():
    assert is_furniture('WATCH: Minister receives "a warm welcome" at rally')
    assert is_furniture("READ MORE: Why the pound fell")
    assert is_furniture("See it now: Amazon")
    assert is_furniture("(Image credit: All About Space)")
    assert not is_furniture('"We will not give up," said Mr Smith.')
    assert not is_furniture("The Reuters/Ipsos poll showed Clinton doing better than in other polls.")
    assert not is_furniture("He told AFP the talks had failed.")
    text = "Body text.\nRelated: Mayor resigns\nMore body text."
    assert [text[s:e] for s, e in furniture_lines(text)] == ["Related: Mayor resigns"]


def test_a_teaser_quote_is_not_a_quote_and_watch_is_no_speaker(nlp):
    text = (
        "Jack Straw said the talks had gone well.\n\n"
        'WATCH: Straw says "the talks went far better than anyone had expected on Monday"\n\n'
        'READ MORE: "We will not be giving up on this at all," says mayor'
    )
    analysis = _run(nlp, text)
    assert [r[0] for r in _rows(analysis)] == ["the talks had gone well"]
    assert {s.name.upper() for s in analysis.speakers}.isdisjoint({"WATCH", "READ MORE"})


def test_transcript_answers_go_to_the_interviewee_and_questions_stay_out(nlp):
    text = (
        "Sarah Jones became chief executive of the company in May. Sarah Jones talked to us.\n\n"
        "Q: How did it feel when you were officially in charge?\n\n"
        "A: Inspired and humbled! To be in this role at this particular time is tremendous.\n\n"
        "Q: What comes next?\n\n"
        "A: We will grow the company across Europe and keep hiring."
    )
    rows = _rows(_run(nlp, text))
    assert (
        "Inspired and humbled! To be in this role at this particular time is tremendous.",
        "Sarah Jones",
        "speech",
    ) in rows
    assert not [r for r in rows if "What comes next" in r[0] or "officially in charge" in r[0]]
    assert not [r for r in rows if r[1] in {"Q", "A"}]


def test_csv_and_readable_list_speech_unless_asked(nlp):
    text = (
        "Communications Minister Dayanidhi Maran said that there is a need to fund the mobile market. "
        "A CBI quarterly survey found output had risen by the fastest rate in seven years."
    )
    analysis = _run(nlp, text)
    assert {q.type for q in analysis.quotes} == {"speech", "document"}
    speech_only = formats.to_csv([analysis]).splitlines()
    everything = formats.to_csv([analysis], ("speech", "thought", "document")).splitlines()
    assert len(speech_only) == 2 and len(everything) == 3
    assert '"type": "document"' in formats.to_json(analysis)


def test_the_attribution_inside_the_clause_keeps_both_sides(nlp):
    text = "It was on her watch, the senator said, that the agency lost track of the funds."
    assert [r[0] for r in _rows(_run(nlp, text))] == [
        "It was on her watch … that the agency lost track of the funds"
    ]


def test_a_question_put_to_someone_is_not_their_statement(nlp):
    text = (
        "Asked whether he thought the BBC should have screened the musical, "
        "Mr Brown said the figures were sound."
    )
    rows = _rows(_run(nlp, text))
    assert [r[0] for r in rows] == ["the figures were sound"]


def test_she_is_not_the_man_quoted_last(nlp):
    text = (
        "Ms Maeve Sherlock called the plans dangerous. Mr Michael Howard said the plans were fair.\n"
        "Lives could be put at risk if refugees were turned away once the quotas were filled, she warned."
    )
    rows = _rows(_run(nlp, text))
    assert rows[-1][1] != "Michael Howard"
    assert rows[-1][1] in {"Maeve Sherlock", None}


def test_the_store_lists_speech_unless_asked(nlp, tmp_path: Path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "survey.txt").write_text(
        "Survey shows output rise\n\n"
        "Communications Minister Dayanidhi Maran said that there is a need to fund the mobile market.\n\n"
        "A CBI quarterly survey found output had risen by the fastest rate in seven years.\n"
    )
    db = str(tmp_path / "news.db")
    with open_store(db) as store:
        ingest([str(tmp_path / "corpus")], store, IngestOptions(workers=0))
    runner = CliRunner()

    def listed(*options: str) -> list[str]:
        result = runner.invoke(app, ["quotes", "--db", db, "--json", *options])
        assert result.exit_code == 0, result.output
        return sorted(q["type"] for q in json.loads(result.stdout))

    assert listed() == ["speech"]
    assert listed("--type", "document") == ["document"]
    assert listed("--all-types") == ["document", "speech"]
    assert runner.invoke(app, ["quotes", "--db", db, "--type", "rumour"]).exit_code != 0
