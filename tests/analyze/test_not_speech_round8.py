"""What is not speech (issue 30, round 8): a charge in the passive, rumours and theories nobody voices, a
report after its cue, a court's papers, a song after "perform", the writer's aside to readers, "feels
like" a thing and "the website it mentions".

The fixtures are a sentence or two of tuning articles (BBC articles and extraction-benchmark pages outside
the held-out sample of benchmarks/quote_sample.py; judged tuning sample 7302), cut short; the contrasts
that stay speech are short sentences of the same shape. The rules are in docs/quotes.md, "Not speech,
round 8".
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, rows_of_each


def _speech(nlp, text: str) -> list[tuple[str, str | None, str]]:
    return [row for rows in rows_of_each(nlp, text) for row in rows if row[2] == "speech"]


def test_a_charge_in_the_passive_is_hearsay_with_no_speaker(nlp):
    text = (
        "Balfour Beatty managers Anthony Walker and Nicholas Jeffries all face individual charges. All five "
        "men, along with four others, are also accused of breaches of health and safety laws."
    )
    for rows in rows_of_each(nlp, text):
        assert all(name is None and kind == "thought" for _, name, kind in rows)
    assert _speech(nlp, text) == []


def test_a_company_accused_in_the_passive_is_not_its_speaker(nlp):
    text = (
        "The company has been accused of distributing illegal performance-enhancing drugs to elite athletes."
    )
    assert _speech(nlp, text) == []
    assert all(name is None for rows in rows_of_each(nlp, text) for _, name, _ in rows)


def test_a_film_accused_is_no_document_speaking(nlp):
    text = (
        "But this year's Academy Awards have shied away from the big name controversies, with The Passion of "
        "the Christ - a film accused of being anti-Semitic - receiving nominations only in the 'minor' "
        "categories."
    )
    for rows in rows_of_each(nlp, text):
        assert all(name is None and kind == "thought" for _, name, kind in rows)


def test_an_accuser_named_is_still_speech(nlp):
    text = "Prosecutors accused him of lying to investigators."
    rows = quote_rows(quotes_only(nlp, text))
    assert [(name, kind) for _, name, kind in rows] == [("Prosecutors", "speech")]
    text = (
        "China has been accused of blocking access to Google News by the media watchdog, Reporters Without "
        "Borders."
    )
    assert all(kind == "speech" for rows in rows_of_each(nlp, text) for _, _, kind in rows)


def test_conspiracy_theories_suggesting_are_hearsay(nlp):
    text = (
        "Before New York's chief medical examiner concluded that Epstein hanged himself with a bedsheet, "
        "his death was shadowed by conspiracy theories suggesting he had been murdered."
    )
    for rows in rows_of_each(nlp, text):
        theories = [row for row in rows if row[0].startswith("he had been murdered")]
        assert all(name is None and kind == "thought" for _, name, kind in theories)
    assert not any("murdered" in content for content, _, _ in _speech(nlp, text))


def test_someones_claims_suggesting_are_still_theirs(nlp):
    text = "The senator's claims suggesting the vote was rigged were rejected by the court."
    rows = quote_rows(quotes_only(nlp, text))
    assert all(kind != "thought" or name is not None for _, name, kind in rows)


def test_a_report_after_its_cue_is_a_document(nlp):
    text = (
        "Internet search engine users are an odd mix of naive and sophisticated, suggests a report into "
        "search habits."
    )
    for rows in rows_of_each(nlp, text):
        assert [kind for _, _, kind in rows] == ["document"]


def test_a_legal_submission_is_a_document(nlp):
    text = 'The legal submission described Spears as "one of the most recognised performers in her industry".'
    for rows in rows_of_each(nlp, text):
        assert [kind for _, _, kind in rows] == ["document"]


def test_a_song_after_perform_is_a_title(nlp):
    text = (
        "The band unveiled its plans towards the close of its Monday night performance in Nashville, "
        "bringing out McDonald during an encore to perform “Takin’ It to the Streets.” The Doobie Brothers "
        "are nominated for the Rock and Roll Hall of Fame’s Class of 2020."
    )
    assert not any(rows_of_each(nlp, text))


def test_the_writers_aside_to_fans_is_no_ones_speech(nlp):
    text = (
        "The shoot-anything-that-moves gameplay is peppered with moments of old-school genius. Fans of "
        "robotic gastropods should note the title refers, instead, to the vast array of vehicles on offer "
        "in a game stuffed with bizarre hardware."
    )
    assert _speech(nlp, text) == []
    assert all(name is None for rows in rows_of_each(nlp, text) for _, name, _ in rows)


def test_analysts_who_noted_still_speak(nlp):
    text = "Analysts noted that the company's sales had fallen for a third year."
    assert [(name, kind) for _, name, kind in quote_rows(quotes_only(nlp, text))] == [("Analysts", "speech")]


def test_feels_something_like_a_thing_is_no_attribution(nlp):
    text = (
        "While Buckley own story feels something like a fairy tale come true, she drew a distinction with "
        "her character."
    )
    assert not any(rows_of_each(nlp, text))


def test_the_website_it_mentions_is_no_attribution(nlp):
    text = (
        "Simply opening the message will not infect a user's PC. But anyone visiting the website it "
        "mentions who then downloads and opens the fake image file stored on that site will be infected."
    )
    assert not any(rows_of_each(nlp, text))


def test_a_fee_agreed_is_a_deed(nlp):
    text = "Spurs have agreed a fee for the player, who has yet to agree personal terms."
    assert not any(rows_of_each(nlp, text))


def test_a_claimed_win_is_a_deed(nlp):
    for text in [
        "Argentina claimed top spot in Group A with three wins from three matches.",
        "South Africa produced a huge effort in the closing minutes but Ireland held on to claim a deserved "
        "victory.",
        "Nadal's drop shot is agonisingly called out and Roddick claims the vital first break.",
    ]:
        assert _speech(nlp, text) == [], text


def test_a_claim_and_an_agreement_of_words_are_still_speech(nlp):
    text = (
        "Later, FDA medical advisors agreed the claims were based on faulty data. Victor Conte claims the "
        "American sprinter regularly used drugs."
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert [(name, kind) for _, name, kind in rows] == [
        ("FDA medical advisors", "speech"),
        ("Victor Conte", "speech"),
    ]


def test_not_to_mention_is_the_writers_and_also(nlp):
    text = (
        "Players must battle soldiers, snowmen, zombies, giant crabs and aliens, not to mention the huge, "
        "screen-filling bosses that guard each of the five levels."
    )
    assert not any(rows_of_each(nlp, text))


def test_faith_that_the_author_knows_is_no_thought_of_the_authors(nlp):
    text = (
        "Key events will be recounted elliptically, and vital connections will be revealed in a tossed-off "
        "detail. Inference, close reading, and faith that the author knows what he’s doing are essential for "
        "navigating these moments, which I came to think of as Iceberg Passages, after the novelist Jo "
        "Walton explained them to me."
    )
    for rows in rows_of_each(nlp, text):
        faith = [name for content, name, _ in rows if "author knows" in content or "what he" in content]
        assert all(name is None for name in faith)
    assert not any("author knows" in content for content, _, _ in _speech(nlp, text))
