"""Plain text: the text is kept as given; headline, dek, dateline, headings, contributors are found."""

import json

import pytest

from quotegraph.errors import InputError
from quotegraph.read import parse_text, read_path
from quotegraph.read.text import contributor_names
from quotegraph.records import Article
from tests.support.paths import SHARED

SEED = SHARED / "examples" / "atacms-kursk.txt"

STORY = """\
Council approves new bridge after decade of delays
The $40 million crossing will open in 2027.
RIVERTON -- The city council voted 7-2 on Tuesday to build a bridge over the Clear River.
"This is a historic day," Mayor Dana Holt said after the vote.
What comes next
Construction is expected to begin in the spring, officials said.
Opponents said the money would be better spent on roads.
Staff writers Ann Lee and Bo Chan contributed to this report.
"""


def _at(article: Article, span: tuple[int, int] | None) -> str:
    assert span is not None
    return article.text[span[0] : span[1]]


def test_metadata_is_recognised_and_spans_index_the_text() -> None:
    article = parse_text(STORY, source="story.txt", date="2024-05-07")
    meta = article.meta
    assert article.text == STORY
    assert meta.headline == _at(article, meta.headline_span) == STORY.splitlines()[0]
    assert meta.dek == _at(article, meta.dek_span) == "The $40 million crossing will open in 2027."
    assert meta.dateline == _at(article, meta.dateline_span) == "RIVERTON"
    assert [_at(article, span) for span in meta.headings] == ["What comes next"]
    assert meta.contributors == ["Ann Lee", "Bo Chan"]
    assert _at(article, meta.contributors_span).startswith("Staff writers")
    assert (meta.source, meta.date, meta.language) == ("story.txt", "2024-05-07", "en")
    assert article.notes == []


@pytest.mark.skipif(not SEED.exists(), reason="../shared/examples is not available")
def test_seed_article_matches_its_gold_metadata() -> None:
    gold = json.loads(SEED.with_name("atacms-kursk.gold.json").read_text())["meta"]
    article = read_path(SEED, date="2024-11-18")
    meta = article.meta
    assert article.text == SEED.read_text()
    assert meta.headline == gold["headline"]
    assert meta.dek == gold["dek"]
    assert meta.dateline == gold["dateline"]
    assert meta.contributors == gold["contributors"]
    assert [_at(article, span) for span in meta.headings] == ["At the front", "At the negotiating table"]
    assert (meta.date, meta.language, meta.encoding) == ("2024-11-18", "en", "utf-8")


def test_crlf_is_normalised_and_nothing_else_changes() -> None:
    article = parse_text("  Headline  \r\n\r\nBody text,  with  spaces.\r\n")
    assert article.text == "  Headline  \n\nBody text,  with  spaces.\n"
    assert article.meta.headline == "Headline"
    assert article.meta.headline_span == (2, 10)
    assert article.notes == ["converted CRLF/CR line endings to LF"]


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("LONDON -- Ukraine is expected", "LONDON"),
        ("WASHINGTON (Reuters) - The Senate voted", "WASHINGTON"),
        ("KYIV, Ukraine — Air raid sirens sounded", "KYIV"),
        ("NEW YORK: Stocks fell sharply", "NEW YORK"),
        ("ST. JOSEPH, Mich. (AP) — Health officials said", "ST. JOSEPH"),
        ("London (CNN) — Britain's prime minister said", "London"),
        ("LONDON, Nov 18 (Reuters) - Oil prices rose", "LONDON"),
    ],
)
def test_dateline_forms(opening: str, place: str) -> None:
    article = parse_text(f"A headline\n{opening} on Monday.\nMore body text follows here.")
    assert article.meta.dateline == place
    assert _at(article, article.meta.dateline_span) == place


@pytest.mark.parametrize(
    "opening",
    [
        "UPDATE: The story has changed",
        "Mr Smith: I was there",
        "UK: Prices rose",
        "The CEO - a veteran - quit",
    ],
)
def test_not_datelines(opening: str) -> None:
    assert parse_text(f"A headline\n{opening} on Monday.\nMore body text.").meta.dateline is None


def test_a_lead_paragraph_is_not_a_dek() -> None:
    text = "Ad sales boost profit\n\nQuarterly profits at the firm jumped 76% to $1.13bn.\n\nMore text here."
    assert parse_text(text).meta.dek is None


def test_a_quote_or_short_label_is_not_a_dek() -> None:
    assert parse_text('Headline\n"We will win," he said\nLONDON -- Body.').meta.dek is None
    assert parse_text("Blackburn v Burnley\nEwood Park\nSaturday, 3pm kick-off.").meta.dek is None


def test_headings_need_body_around_them_and_no_sentence_punctuation() -> None:
    text = (
        "Headline\nFirst paragraph here.\nA heading\nA sentence, not a heading.\nSecond heading?\nLast one."
    )
    article = parse_text(text)
    assert [_at(article, span) for span in article.meta.headings] == ["A heading", "Second heading?"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "ABC News' Shannon K. Kingston, Luis Martinez and Lauren Minore contributed to this report.",
            ["Shannon K. Kingston", "Luis Martinez", "Lauren Minore"],
        ),
        (
            "(Reporting by Andrew Osborn in Moscow and Jonathan Landay; Editing by Alex Richardson)",
            ["Andrew Osborn", "Jonathan Landay", "Alex Richardson"],
        ),
        ("Additional reporting by Joseph Hudak", ["Joseph Hudak"]),
        ("Associated Press writer Jim Lee contributed reporting from Seoul.", ["Jim Lee"]),
        ("Contributing: Kristine Phillips", ["Kristine Phillips"]),
        ("The Associated Press contributed to this report.", ["The Associated Press"]),
        ("Biden contributed $5 million to the campaign.", []),
        ("Reporting by the newspaper found that the mayor lied.", []),
    ],
)
def test_contributor_lines(line: str, names: list[str]) -> None:
    assert contributor_names(line) == names


def test_contributors_only_near_the_end() -> None:
    lines = [
        "Headline",
        "Jo Ames contributed to this report.",
        "Body one.",
        "Body two.",
        "Body three.",
        "End.",
    ]
    assert parse_text("\n".join(lines)).meta.contributors == []


def test_a_single_paragraph_has_no_headline() -> None:
    meta = parse_text("The mayor said the bridge would open next year.").meta
    assert (meta.headline, meta.headline_span) == (None, None)


@pytest.mark.parametrize(("text", "message"), [("", "is empty"), (" \n\t\n", "nothing but whitespace")])
def test_empty_text_is_refused(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_text(text, source="memo.txt")


@pytest.mark.parametrize("date", ["2024-13-01", "18 Nov 2024", "20241118"])
def test_bad_date_is_refused(date: str) -> None:
    with pytest.raises(InputError, match="expected YYYY-MM-DD"):
        parse_text("Headline\nBody.", date=date)
