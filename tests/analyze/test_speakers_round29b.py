"""Speakers, round 29 (issue 30; judged tuning 7314 Q34 aeb/fde930b01859, Q75 politics/267): a firm's name
the NER left untagged after a noun of its trade ("Developer Valve") is that firm, with the full stop inside
or outside the closing mark; a view supposed of unnamed many ("Many might think …") is nobody's and takes no
later quote, and a profile's quotes with no cue run on through the writer's remarks between them.

The fixtures are lines of TUNING pages and articles (benchmarks/quote_sample.py tuning_paths,
tuning_pages), cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, speaker_by_content, speakers_of_each

# aeb/fde930b01859 (tuning page), a roundup line, cut.
VALVE = (
    "A new 'Half-Life' game is finally coming out after 12 years of waiting — but the catch is that it's for "
    "virtual reality only. Developer Valve called 'Half Life: Alyx' \"a flagship VR game.\"\n"
)
# The same line with the full stop outside the closing mark, as British news sets it.
VALVE_STOP_OUTSIDE = VALVE.replace('game."', 'game".')
# BBC sport/188 (tuning), cut: the parser hangs the quote on the noun before it, not on "called".
CAMPBELL = (
    "Campbell lifts lid on United feud\n\nArsenal's Sol Campbell has called the rivalry between Manchester "
    'United and the Gunners "bitter and personal".\n'
)
# BBC politics/267 (tuning), cut.
MORRIS = (
    "UKIP's secret weapon?\n\nBy any measure, New Yorker Dick Morris is that thing Americans love over "
    "everything else - a winner.\n\nSo why Britain and why UKIP. On this subject, Morris appears almost "
    'evangelical.\n\n"I was on a cruise in the Mediterranean and, coincidentally, so was UKIP leader Roger '
    'Knapman". But what is it about UKIP that particularly attracts him? Many might think it is simply '
    'another chance to practice his art, irrespective of the politics. "I think the greatest threat to '
    'democracy in the world is not terrorism but bureaucratism". A great soundbite, but a surprise coming '
    'from a New Yorker post 11 September. "It is the growth of these bodies composed of experts who know '
    "better, who don't believe in letting democracy govern but believe in letting the correct solution be "
    'determined".\n'
)


def test_the_untagged_name_after_a_trade_noun_is_the_firm(nlp):
    assert speaker_by_content(VALVE, nlp, "a flagship VR game")[:2] == ("Valve", "organization")


def test_the_full_stop_outside_the_closing_mark_is_a_quote_all_the_same(nlp):
    assert speaker_by_content(VALVE_STOP_OUTSIDE, nlp, "a flagship VR game")[:2] == ("Valve", "organization")


def test_a_quote_ending_the_sentence_of_a_naming_verb_is_its_subjects(nlp):
    assert speaker_by_content(CAMPBELL, nlp, "bitter and personal")[:2] == ("Sol Campbell", "person")


def test_a_view_supposed_of_many_takes_no_later_quote(nlp):
    for content, name, _ in quote_rows(quotes_only(nlp, MORRIS)):
        if content.startswith("it is simply another chance"):
            assert name is None and "bureaucratism" not in content


def test_the_profiles_quotes_run_on_through_the_writers_remarks(nlp):
    assert speakers_of_each(nlp, MORRIS, "I think the greatest threat") == {"Dick Morris"}
    assert speakers_of_each(nlp, MORRIS, "It is the growth of these bodies") == {"Dick Morris"}
