"""Speakers, round 35 (issue 30, helper q129; tuning items aeb/3d8f3404cf97 and aeb/7a664e40d256): a cue
inside a dash aside gives no "he"/"she" after its sentence, the sentence's own subject does (aside_cues.py);
a "he"/"she" who says in a relative clause on an owned noun ("his earlier testimony, in which he said") is
that noun's owner (relative_sayers.py); a curly opening mark after a sentence's end while a curly quote is
open starts a new quote (curly_restarts.py).

The fixtures are sentences of the tuning articles (benchmarks/quote_sample.py tuning_paths), cut short,
or written in their pattern; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from quotegraph.analyze.quotemarks import find_quoted
from tests.support.quotes import quote_rows, quotes_only, speaker_by_content, speakers_of_each

# aeb/3d8f3404cf97 (tuning), cut: the aside's "wrote" is an attribution of the late neurologist's.
ASIDE_WROTE = (
    "“I felt strange as soon as the anesthesia started to wear off,” Mary Steenburgen said.\n"
    "Fun as that might sound in an Oliver Sacks kind of way — the late neurologist wrote that such "
    "symptoms were common in his book “Musicophilia” — Steenburgen wasn’t thrilled about the sudden "
    "mental shift. The next two months were tough. “I couldn’t focus, I couldn’t have acted,” she said.\n"
)
# The same pattern, written, the other way about: a woman in the aside, "he" after it.
ASIDE_SAID = (
    "Rugby chief Tom Hughes opened the new stand on Monday.\n"
    "Grand as it looked in a Zaha Hadid kind of way — the late architect once said that stadiums "
    "should feel like cathedrals — Hughes was not impressed by the cost. The bills were high. "
    "“We paid far too much for it,” he said.\n"
)
# aeb/7a664e40d256 (tuning), cut.
TESTIMONY = (
    "Republican counsel Steve Castor asked Tim Morrison about concerns within the NSC. He asked Morrison "
    "about concerns his predecessor, Fiona Hill, might have had, but Morrison’s lawyer said the question "
    "was outside the scope of his testimony.\n"
    "Morrison did reference his earlier testimony, in which he said others had raised concerns about "
    "Vindman potentially leaking information.\n"
)
# BBC politics/268.txt (tuning), in its pattern ("a speech …, in which he also praised"): "his speech, in
# which he said" after another's question.
SPEECH = (
    "Tory Shadow Chancellor Oliver Letwin said the government had failed to deliver. He asked Mr Milburn "
    "about incapacity benefits.\n"
    "Alan Milburn later defended his speech, in which he said the party must go on with reform.\n"
)

# aeb/3d8f3404cf97 (tuning), cut: the song title's closing mark left out.
TITLE_UNCLOSED = (
    "Phoning in from London, director Tom Harper remembered the anxiety of moving forward without that "
    "missing piece.\n"
    "At the last minute, a sample came in called “Glasgow (“No Place Like Home”). “It grabbed me by the "
    "heart the moment I heard it,” he said. “It just connected.” Buckley had a similar experience: “It was "
    "just that immediate feeling of ‘this is the song.’”\n"
)
# The same slip, written, with no parenthesised title inside the open quote.
NAME_UNCLOSED = "The band called its record “Home Again. “We wrote it in a week,” singer Ann Lee said.\n"


def test_curly_mark_after_a_sentence_end_starts_a_new_quote(nlp):
    assert speaker_by_content(TITLE_UNCLOSED, nlp, "It grabbed me")[:2] == ("Tom Harper", "person")
    contents = [content for content, _, _ in quote_rows(quotes_only(nlp, TITLE_UNCLOSED))]
    assert not any("he said" in content for content in contents)


def test_curly_restart_without_a_nested_title(nlp):
    assert speaker_by_content(NAME_UNCLOSED, nlp, "We wrote it")[:2] == ("Ann Lee", "person")


def test_curly_restart_ends_the_title_unclosed_before_the_next_quote():
    text = "It was called “Glasgow (“Home”). “It grabbed me,” he said."
    passages, unpaired = find_quoted(text, [(0, len(text))])
    title = next(p for p in passages if not p.closed)
    assert text[title.fragments[0][0] : title.fragments[-1][1]] == "Glasgow (“Home”)."
    assert unpaired == [text.index("“Glasgow")]


def test_cue_in_a_dash_aside_gives_no_she(nlp):
    assert speaker_by_content(ASIDE_WROTE, nlp, "I couldn’t focus")[:2] == ("Mary Steenburgen", "person")


def test_cue_in_a_dash_aside_gives_no_he(nlp):
    assert speaker_by_content(ASIDE_SAID, nlp, "We paid")[:2] == ("Tom Hughes", "person")


# The rules alone already gave these; the shipped model's "asked" before them took the pronoun.
def test_he_in_a_relative_clause_on_his_testimony(nlp):
    assert speakers_of_each(nlp, TESTIMONY, "others had raised") == {"Tim Morrison"}


def test_he_in_a_relative_clause_on_his_speech(nlp):
    assert speakers_of_each(nlp, SPEECH, "the party must") == {"Alan Milburn"}
