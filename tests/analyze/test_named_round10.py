"""Round 10 of issue 30: a speaker the article names that no rule reached (docs/quotes.md, "Named, not
found, round 10"): words quoted as what someone called a thing, a participle after "after" that shares
the main clause's subject, and a surname that is also a common word.

The fixtures are a sentence or two of tuning articles (benchmarks/quote_sample.py's tuning_paths and
tuning_pages; the items of benchmarks/judged/tuning-7303-7c87112-quotes.md), cut short.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only


def _speaker(nlp, text: str, content_start: str) -> str | None:
    rows = quote_rows(quotes_only(nlp, text))
    return next(name for content, name, _ in rows if content.startswith(content_start))


def test_words_quoted_as_what_a_named_person_called_a_thing_are_theirs(nlp):
    # tuning-7303 Q20 (aeb/776a1c046798)
    text = (
        '"This is our problem, and together, we need to get on it," Noem said.\n'
        'Noem called the new campaign a "bold, innovative effort like the nation has never before seen."'
    )
    assert _speaker(nlp, text, "bold, innovative") == "Noem"
    # tuning-7303 Q23 (aeb/7dfc3e359d7c)
    text = (
        "James Van Der Beek has been eliminated from the dance show.\n"
        "Van Der Beek was eliminated in what host Tom Bergeron described as the “hardest judge’s verdict "
        "so far this season.” The difficult elimination came in light of Van Der Beek’s announcement."
    )
    assert _speaker(nlp, text, "hardest judge") == "Tom Bergeron"


def test_he_who_called_a_thing_so_is_the_person_who_spoke_before(nlp):
    text = (
        '"This is our problem, and together, we need to get on it," Noem said.\n'
        'She called the new campaign a "bold, innovative effort like the nation has never before seen."'
    )
    assert _speaker(nlp, text, "bold, innovative") == "Noem"


def test_a_title_after_called_is_no_ones_words(nlp):
    text = 'Director Peter Jackson said he was pleased. He called the film "The Long Walk Home".'
    rows = quote_rows(quotes_only(nlp, text))
    assert not [name for content, name, _ in rows if content.startswith("The Long Walk") and name]


def test_a_participle_after_after_shares_the_main_clauses_subject(nlp):
    # tuning-7303 Q17 (aeb/70cb2d5bca75)
    text = (
        "Taylor Swift is allowed to play her music at the AMAs after all\n"
        "The group that owns most of her music, Big Machine, says she will be allowed to play her old "
        "tracks at the American Music Awards on Sunday.\n"
        "Swift got high profile support last week, after accusing them of trying to stop her performing "
        "her back catalogue."
    )
    assert _speaker(nlp, text, "them") == "Taylor Swift"


def test_a_surname_that_is_a_common_word_is_the_person_named_in_full(nlp):
    # tuning-7303 Q26 (aeb/8267acacb9e4)
    text = (
        '"Google offers an extension of the market of people who can play our games," says Chris Early, '
        "senior vp partnerships and revenue at Ubisoft.\n"
        '"Streaming is somewhat binary," says Early. "You are either in a place with adequate bandwidth '
        'or you’re not."'
    )
    assert _speaker(nlp, text, "Streaming is somewhat") == "Chris Early"


def test_a_common_word_names_no_one_the_article_did_not_name(nlp):
    text = (
        '"Google offers an extension of the market of people who can play our games," says Chris Early.\n'
        '"Streaming is somewhat binary," says Young.'
    )
    assert _speaker(nlp, text, "Streaming is somewhat") != "Chris Early"


def test_a_first_person_quote_after_narration_about_a_named_person_is_theirs(nlp):
    # tuning-7303 Q59 (politics/267.txt), a profile
    text = (
        "By any measure, New Yorker Dick Morris is that thing Americans love over everything else - a "
        "winner.\n\n"
        "On this subject, Morris appears almost evangelical.\n\n"
        '"I was on a cruise in the Mediterranean and, coincidentally, so was UKIP leader Roger Knapman."'
    )
    assert _speaker(nlp, text, "I was on a cruise") == "Dick Morris"


def test_a_person_things_are_done_to_is_not_the_one_who_speaks_next(nlp):
    text = (
        "By any measure, New Yorker Dick Morris is that thing Americans love over everything else - a "
        "winner.\n\n"
        "On this subject, Morris was criticised by many.\n\n"
        '"I was on a cruise in the Mediterranean and, coincidentally, so was UKIP leader Roger Knapman."'
    )
    assert _speaker(nlp, text, "I was on a cruise") is None


def test_words_quoted_as_what_a_named_person_hailed_a_thing_as_are_theirs(nlp):
    # sport/395.txt (a tuning article)
    text = (
        "Welsh legend Mervyn Davies, a member of two of three Grand Slam-winning sides of the 1970s, "
        'hailed it as "one of the great performances of the past three decades". Martyn Williams, Wales\' '
        'two-try scorer on the day, called it "one of the most surreal games I have ever played in".'
    )
    assert _speaker(nlp, text, "one of the great") == "Mervyn Davies"
    assert _speaker(nlp, text, "one of the most surreal") == "Martyn Williams"
