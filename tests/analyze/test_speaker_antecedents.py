"""Who "he", "she" and "they" are (issue 30): antecedents the article's own pronouns allow, by news
convention (docs/quotes.md, "He and she").

The fixtures are a sentence or a few of tuning articles and pages outside the held-out samples of
benchmarks/quote_sample.py (its tuning_paths / tuning_pages), cut short.
"""

from __future__ import annotations

from quotegraph.records import Analysis
from tests.support.quotes import quotes_only as _run


def _speakers(analysis: Analysis) -> list[tuple[str, str | None]]:
    """(source as written, speaker name) of each attribution, in order."""
    rows = []
    for quote in analysis.quotes:
        speaker = analysis.speaker(quote.speaker)
        source = " … ".join(analysis.text[s:e] for s, e in quote.source)
        rows.append((source, speaker.name if speaker else None))
    return rows


def test_he_opening_the_sentence_after_one_about_a_person_makes_them_he(nlp):
    # Harper's "his" follows a quoted title (no pronoun of his is read past a quotation mark); the "He'd"
    # that opens the next sentence makes him "he", so her "she said" is not his.
    text = (
        "The bizarre odyssey of how Oscar-winning actress Mary Steenburgen came to co-write the "
        "euphoric power-ballad that Jessie Buckley performs at the end of “Wild Rose” began 10 years ago.\n"
        "The next thing she knew, Steenburgen had been signed to Universal as a songwriter. It was the "
        "first stride on a strange path that would eventually lead to Tom Harper and Jessie Buckley’s "
        "doorstep almost a decade later.\n"
        "Flash-forward to 2017, when Harper — a young British filmmaker hot off directing a lush BBC "
        "adaptation of “War & Peace” — had just found his next project. He’d fallen in love with an "
        "electric Nicole Taylor script called “Wild Rose.”\n"
        "“I had faith that we could figure it out, but it was really worrying,” Harper said.\n"
        "As it turned out, Steenburgen had spent the last few years toiling away on her own dream of "
        "making it in Music City. And despite the many advantages that her fame might have afforded her, "
        "she was more nervous about going there than anyone. “It was terrifying,” she said."
    )
    assert _speakers(_run(nlp, text))[-1] == ("she", "Mary Steenburgen")


def test_he_opening_a_sentence_is_its_subject_before_a_person_named_after_it(nlp):
    # No attribution before "He": the subject of the sentence before, not the last name in it.
    text = (
        "Taylor Swift's first six albums were released through Big Machine, which was bought out by a "
        "company owned by talent manager Scooter Braun earlier this year.\n"
        "Braun has worked with the likes of Kanye West and Kim Kardashian - both of whom Taylor Swift has "
        "had feuds with in the past.\n"
        "He has consistently denied being unfair to her."
    )
    assert _speakers(_run(nlp, text)) == [("He", "Scooter Braun")]


def test_a_name_the_article_calls_she_is_a_person(nlp):
    # The tagger takes "Taylor Swift" for an organization here; "She claimed" after the sentence she is
    # the subject of makes her a person, whom "she" can be.
    text = (
        "A row involving Taylor Swift, her former record label and a couple of big name US politicians "
        "looks like it's coming to an end.\n"
        "Braun has worked with the likes of Kanye West and Kim Kardashian.\n"
        "Then, last week, Taylor Swift posted on Twitter accusing Big Machine of trying to stop her "
        "performing tracks from her first six albums at the AMAs.\n"
        "She claimed the label thought the performance would amount to a re-recording."
    )
    assert _speakers(_run(nlp, text))[-1] == ("She", "Taylor Swift")


def test_they_opening_a_sentence_are_the_plural_subject_of_the_sentence_before(nlp):
    # No attribution before "They": the unions the sentence before is about, a group of five, unnamed.
    text = (
        "Talks aimed at averting national strikes over pension reforms have ended without agreement after "
        "90 minutes.\n\n"
        "Five public sector unions met Deputy Prime Minister John Prescott at the Labour spring conference "
        "in Gateshead. They want the government to withdraw regulations - due to be introduced in weeks - "
        "which would raise the pension age for council workers from 60 to 65."
    )
    analysis = _run(nlp, text)
    assert _speakers(analysis) == [("They", "Five public sector unions")]
    assert analysis.speakers[0].kind == "anonymous"


def test_they_are_not_a_plural_that_a_verb_of_no_asking_takes_with_to(nlp):
    # "used sick days to rally" asks nobody to act: the days are no antecedent ("urged councils to" is).
    text = (
        "Republican Gov. Eric Holcomb and leaders of the GOP-dominated Legislature have avoided direct "
        "criticism of teachers or school districts for the closings. They seem intent on not antagonizing "
        "educators as Kentucky GOP Gov. Matt Bevin, who lost his reelection bid this month, did in lashing "
        "out at teachers who used sick days to rally. However, they said they don’t expect to take action "
        "on further boosting school funding until at least 2021."
    )
    assert "sick days" not in [name for _, name in _speakers(_run(nlp, text))]


def test_a_name_set_beside_a_description_is_the_whole_name(nlp):
    # The name is every word of it, not its last ("Machine"); and the name between commas after the
    # description's relative clause is the description's, not the AMAs' it runs.
    text = (
        "A row involving Taylor Swift, her former record label and a couple of big name US politicians "
        "looks like it's coming to an end.\n"
        "The group that owns most of her music, Big Machine, says she will be allowed to play her old "
        "tracks at the American Music Awards on Sunday.\n"
        "The company that runs the AMAs, Dick Clark Productions, denies that anything has been definitely "
        "sorted, though."
    )
    names = [name for _, name in _speakers(_run(nlp, text))]
    assert names == ["Big Machine", "Dick Clark Productions"]
