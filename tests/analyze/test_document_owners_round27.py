"""Documents and sources whose author or subject was misplaced, round 27 (issue 30; judged tuning draw 7312
Q23 Q2 Q37, and politics/050's bullet list): a document's author named in its own phrase, a poll's owner
named beside its count of respondents, a cue coordinated with a copula, a plural that opens a bullet.

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths), cut short, names
rewritten, or made up in their style; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, rows_of_each, speaker_by_content

# article-extraction-benchmark 851498a2b9f4 (judged tuning 7312 Q23), names rewritten.
PREPARED = (
    "Elise Halvorsen had been his partner for years. According to a document Halvorsen prepared for her "
    "lawyers in October of 2006, Ford's unexecuted will specified that he did not want his family to get "
    "his estate.\n"
)
# Made up in the style of BBC business stories.
STUDY_BY = "A study by the Institute for Fiscal Studies found that taxes would have to rise by 2008.\n"
PUBLISHED_BY = "A report published by Oxfam says that aid to Africa has fallen for the third year.\n"

# article-extraction-benchmark 04a6711caa7c (judged tuning 7312 Q2), pollster rewritten.
POLL = (
    "A new Gallup poll shows majority support for impeachment. Fifty-one percent say that the president "
    "should be removed. A similarly fresh Harris poll has lower numbers for removal (44 percent of Americans "
    "say they want the House to impeach and the Senate to convict), but also shows support for an inquiry.\n"
)

# article-extraction-benchmark db6b0816c612 (judged tuning 7312 Q37), the secretary's name rewritten.
CRITICS = (
    "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Ellison on Wednesday accused China of using "
    "coercion and intimidation against smaller Asian nations to impose its will in the South China Sea. He "
    "urged Vietnam and others in the region to push back.\n"
    "“We will not accept attempts to assert unlawful maritime claims at the expense of law-abiding "
    "nations,” Ellison said in a speech to the Diplomatic Academy of Vietnam, a government university.\n"
    "Vietnam is one of the region’s most vocal critics of China’s sweeping territorial claims in the South "
    "China Sea and has accused Beijing of encroaching into its waters.\n"
)

# BBC politics/050 (tuning), the list cut short.
BULLETS = (
    "Main points of the plan:\n\n\n"
    " - A comprehensive ban on smoking in all enclosed public places in Scotland \n"
    " - Licensees or employers who fail to enforce the law will face fines up to a maximum of £2,500 \n"
    " - Licensees who persistently refuse to comply with the law will face the ultimate sanction of losing "
    "their liquor licence \n"
    ' \n\nNicola Sturgeon welcomed the move. She said: "The time has come for a ban."\n'
)


def test_a_document_a_named_author_prepared_is_the_authors(nlp):
    assert speaker_by_content(PREPARED, nlp, "Ford's unexecuted will") == (
        "Elise Halvorsen",
        "person",
        "document",
    )


def test_a_study_by_a_named_body_is_the_bodys(nlp):
    name, _, kind = speaker_by_content(STUDY_BY, nlp, "that taxes would have to rise")
    assert (name, kind) == ("Institute for Fiscal Studies", "document")


def test_a_report_published_by_a_named_body_is_the_bodys(nlp):
    name, _, kind = speaker_by_content(PUBLISHED_BY, nlp, "that aid to Africa has fallen")
    assert (name, kind) == ("Oxfam", "document")


def test_a_count_of_respondents_beside_its_named_poll_is_the_pollsters(nlp):
    rows = quote_rows(quotes_only(nlp, POLL))
    counted = [(name, kind) for content, name, kind in rows if "want the House to impeach" in content]
    assert counted == [("Harris", "document")]
    # a count in a sentence of its own, with no poll named in it, stays a document with no speaker
    assert [(n, k) for c, n, k in rows if c.startswith("that the president")] == [(None, "document")]


def test_a_cue_coordinated_with_a_copula_speaks_for_its_subject(nlp):
    for rows in rows_of_each(nlp, CRITICS):
        accused = [name for content, name, _ in rows if "Beijing" in content]
        assert accused == ["Vietnam"], rows


def test_a_plural_opening_a_bullet_is_no_person(nlp):
    analysis = quotes_only(nlp, BULLETS)
    assert not any(s.name == "Licensees" and s.kind == "person" for s in analysis.speakers)


# BBC tech/059 (tuning), cut short; and BBC politics/253 (tuning), names rewritten.
IT_SAYS = (
    "A report by analysts InStat/MDR has predicted that smartphone shipments will grow by 44% over the next "
    "five years. It says that smartphones will make up 117 million out of 833 million handsets.\n"
)
BOOK = (
    "Mr Blair said the claims were untrue. The book, by Sunday Telegraph journalist Robert Preston and "
    'serialised in the newspaper, said the pair had "mutual animosity" for each other. It claims Tony Blair '
    "felt he had lost voters' trust and that at a dinner he told Mr Brown of his intention to stand down.\n"
)


def test_an_authored_reports_it_goes_on_as_the_document(nlp):
    assert speaker_by_content(IT_SAYS, nlp, "that smartphones will make up") == (
        "InStat/MDR",
        "organization",
        "document",
    )


def test_he_is_not_the_author_of_a_book_quoted_before(nlp):
    rows = quote_rows(quotes_only(nlp, BOOK))
    assert [(n, k) for c, n, k in rows if c.startswith("Tony Blair felt")] == [("Robert Preston", "document")]
    assert [n for c, n, _ in rows if c.startswith("Mr Brown of his intention")] in ([], ["Tony Blair"])
