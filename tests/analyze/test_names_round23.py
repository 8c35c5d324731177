"""Names that are no speaker's name, and roles, round 23 (issue 30): the work two scientists share is one
document named by both ("Howitt and Garett's work"), never the first scientist; a book's title set off by
commas, holding a name's "'s" ("a new book, Brown's Britain"), is the book, never the country in the
title; and an anonymous user of a platform ("one Weibo commenter", "one Reddit poster") is anonymous (with
no role entry since round 33: an indefinite description has none).

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short, and
near sentences of the same shape; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quotes_only, shipped_model, speaker_by_content

# aeb/bdb56ac83513 (tuft cells): Howitt named in full before.
WORK = (
    "Tuft cells\n\nMichael Howitt, who is now an immunologist at Stanford University, studied the mice. "
    "But they knew far less about how the body recognizes invasive worms. Howitt and Garett’s work "
    "suggested that tuft cells might act as sentinels.\n"
)


def test_two_owners_work_is_one_document_named_by_both(nlp):
    for model in {None, shipped_model(nlp)}:
        name, kind, kind_of_quote = speaker_by_content(WORK, nlp, "that tuft cells", model)
        assert (name, kind, kind_of_quote) == ("Howitt and Garett’s work", "document", "document")


def test_one_owners_work_keeps_its_name(nlp):
    text = "Tuft cells\n\nHowitt's work suggested that tuft cells might act as sentinels.\n"
    assert speaker_by_content(text, nlp, "that tuft cells")[:2] == ("Howitt's work", "document")


# BBC politics/252 and politics/218 (a book about the chancellor).
BOOK = (
    "Blair 'said he would stand down'\n\nTony Blair promised Gordon Brown he would stand down before the "
    "next election, a new book about the chancellor claims. The book, Brown's Britain, said Tony Blair felt "
    "by November 2003 he had lost voters' trust.\n"
)
ACCORDING = (
    "Blair rejects Brown deal claims\n\nAccording to a new book, Brown's Britain, Mr Blair went back on a "
    "pledge to make way for Mr Brown after Cabinet allies intervened in June 2004.\n"
)


def test_a_books_title_set_off_by_commas_is_the_book(nlp):
    for model in {None, shipped_model(nlp)}:
        found = speaker_by_content(BOOK, nlp, "Tony Blair felt", model)
        assert found == ("Brown's Britain", "document", "document")
    assert speaker_by_content(ACCORDING, nlp, "Mr Blair went back")[:2] == ("Brown's Britain", "document")


# aeb/ea25dd7edff4 (Weibo); the Reddit and Twitter lines are near sentences.
WEIBO = (
    "Singer denies rumours\n\nFans wrote thousands of comments. “Don't hide things like this,” one Weibo "
    "commenter said, per Feng. “Let’s face whatever it is together.”\n"
)


def _roles_of(text: str, nlp, content_start: str) -> set[tuple[str, str, tuple[str, ...]]]:
    """(name, kind, roles) of the speakers of the attributions that start with `content_start`, by the rules
    and with the shipped model."""
    found = set()
    for model in {None, shipped_model(nlp)}:
        analysis = quotes_only(nlp, text, model)
        for quote in analysis.quotes:
            speaker = analysis.speaker(quote.speaker)
            if speaker and " … ".join(analysis.text[s:e] for s, e in quote.content).startswith(content_start):
                found.add((speaker.name, speaker.kind, tuple(speaker.roles)))
    return found


def test_a_platforms_anonymous_user_is_anonymous_with_no_role_entry(nlp):
    # round 33 (indefinite_speakers.py): an indefinite description is the speaker's name, no role of its own
    assert _roles_of(WEIBO, nlp, "Don't hide") == {("one Weibo commenter", "anonymous", ())}
    reddit = "Game row\n\n“It is broken,” one Reddit poster wrote.\n"
    assert _roles_of(reddit, nlp, "It is broken") == {("one Reddit poster", "anonymous", ())}
