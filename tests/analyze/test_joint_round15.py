"""Joint sources and pronouns, round 15 (issue 30).

- "Dale and Martha disputed …", "Ford and Fry replied …": two people named together as the subject are
  one joint source of both, and a surname two people share is the one named with the other part
  (joint_people.py, through named_groups.counted_people);
- "they" after that joint subject is the pair (group_pronouns.py, unchanged: the pair is now a speaker);
- "As he related, "…"": a verb of telling with a subject of its own is a cue (cues.recounts);
- "to reward Tripoli for … vowing to compensate …": the object of the verb before "for" vowed
  (after_participles.participle_object).

The fixtures are paragraphs of tuning articles (article-extraction-benchmark 851498a2b9f4 and a078b3656adc,
BBC business/301.txt: items Q21, Q22, Q23, Q30, Q47 of benchmarks/judged/tuning-7306-aac68af-quotes.md),
cut short; the rules are in docs/quotes.md, "Joint sources and pronouns, round 15 (wt-q64)".
"""

from __future__ import annotations

from quotegraph.analyze.cues import is_cue
from tests.support.quotes import quotes_only, shipped_model

# article-extraction-benchmark 851498a2b9f4 (Q21-Q23), cut; the first sentence stands for the feature's
# many mentions of the writer John M. Ford before these paragraphs.
FAMILY = (
    "John M. Ford wrote many books, and Ford was loved by his editors. "
    "She gave me an email address for Ford’s sister, Martha Fry. "
    "“I cannot believe Martha would not want his books back in print,” she said.\n"
    "Martha Fry and her brother Dale Ford agreed to an interview, but only if they could do it together, "
    "and only if it were done over email. Over the course of that interview, Dale and Martha disputed that "
    "Mike was estranged from them or his parents, saying instead he was “introverted by nature.”\n"
    "They refused to discuss anything having to do with his estate. But multiple friends of Mike Ford had "
    "told me that they were suppressing his work. I wrote back, saying that I needed comment from them if "
    "they wanted to dispute that. Ford and Fry replied that I was threatening them with “the "
    "unsubstantiated beliefs of uncited individuals … if we do not respond to your satisfaction on Mike’s "
    "commercial affairs.” However, they volunteered that on three separate occasions they had written to "
    "Mike’s agent, trying to see if there was any interest in reprinting his work. When they didn't hear "
    "back, they assumed there wasn't."
)
PAIR = ("Dale Ford and Martha Fry", "group")


def _by_source(nlp, text: str, source: str) -> list[tuple[str | None, str | None]]:
    """(speaker name, kind) of the attributions whose source is written so, by the rules and by the
    shipped model where the checkout has one (a run that finds no such source adds nothing)."""
    found = []
    model = shipped_model(nlp)
    for run in [None] if model is None else [None, model]:
        analysis = quotes_only(nlp, text, run)
        for quote in analysis.quotes:
            if " … ".join(analysis.text[s:e] for s, e in quote.source) == source:
                speaker = analysis.speaker(quote.speaker)
                found.append((speaker.name, speaker.type) if speaker else (None, None))
    return found


def test_two_first_names_joined_are_one_joint_source(nlp):
    text = FAMILY.replace(", saying instead he was", ". They said he was")
    text = text.replace("Dale and Martha disputed that", "Dale and Martha said that")
    found = _by_source(nlp, text, "Dale and Martha")
    assert found and set(found) == {PAIR}


def test_a_shared_surname_is_the_one_named_with_the_other_part(nlp):
    # "Ford" is the writer (most mentioned) and his brother Dale Ford, named together with Fry.
    found = _by_source(nlp, FAMILY, "Ford and Fry")
    assert found and set(found) == {PAIR}


def test_they_after_the_joint_subject_is_the_pair(nlp):
    found = _by_source(nlp, FAMILY, "they")
    assert PAIR in found and ("multiple friends", "group") not in found


def test_a_name_that_is_no_person_leaves_no_pair(nlp):
    # Negative: "Chrysler" names no person of the article: no joint of people.
    text = "John M. Ford died in 2006. Ford and Chrysler replied that the deal was off."
    names = [name for name, _ in _by_source(nlp, text, "Ford and Chrysler")]
    assert names and not any(name and " and " in name for name in names)


# article-extraction-benchmark a078b3656adc (Q30), cut.
CASE = (
    "The doctor subsequently prescribed the man in the case report steroids to calm the reaction and "
    "inflammation in his lungs and told him to get rid of the feather duvet and pillows. As a safeguard, the "
    "man also cleaned his dwelling of mold. According to the man, the steroids “had a transformative effect "
    "within 2 days.”\n"
    "Eventually everything turned to normal for the man. As he related, “the course of steroids continued "
    "ultimately for 12 months, with a gradual reduction in dose over time. I have thankfully been able to "
    "stop them completely.”"
)


def test_as_he_related_is_the_man_s_cue(nlp):
    found = _by_source(nlp, CASE, "he")
    assert found and set(found) == {("man", "person")}


def test_related_to_is_no_cue(nlp):
    # Negative: "related to" and "related" as an adjective report nothing.
    doc = nlp("The illness is related to feather bedding, and doctors see related cases every year.")
    assert not any(is_cue(token) for token in doc if token.lower_ == "related")
    assert is_cue(next(t for t in nlp("As he related, the course continued.") if t.lower_ == "related"))


# BBC business/301.txt (Q47).
LIBYA = (
    "Libya has withdrawn $1bn in assets from the US, the Libyan central bank said. The move came after the "
    "US lifted a trade ban to reward Tripoli for giving up weapons of mass destruction and vowing to "
    "compensate Lockerbie victims."
)


def _of_content(nlp, text: str, content: str) -> set[str | None]:
    names = set()
    model = shipped_model(nlp)
    for run in [None] if model is None else [None, model]:
        analysis = quotes_only(nlp, text, run)
        for quote in analysis.quotes:
            if any(analysis.text[s:e].startswith(content) for s, e in quote.content):
                speaker = analysis.speaker(quote.speaker)
                names.add(speaker.name if speaker else None)
    return names


def test_participle_after_for_is_the_verb_s_object(nlp):
    assert _of_content(nlp, LIBYA, "to compensate") == {"Tripoli"}


def test_participle_after_for_with_no_agent_object_is_left_alone(nlp):
    # Negative: "praise" is no one; the participle is not given to it.
    text = "Libya won praise from the US for vowing to compensate Lockerbie victims."
    assert "praise" not in _of_content(nlp, text, "to compensate")
