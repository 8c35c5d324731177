"""Round 16 (b) of issue 30: names, roles and a pair (docs/quotes.md, "Names, roles and a pair, round
16"): an organization's whole name before a possessive, an organization the parser hung on a preposition
before a title, a person's name the NER ran into an organization's over a role, and the "they" after a
sentence closing on two people.

The fixtures are a sentence or two of tuning articles (benchmarks/quote_sample.py's tuning_paths), cut
short.
"""

from __future__ import annotations

from spacy.tokens import Span

from quotegraph.analyze.name_repairs import trimmed_parts
from quotegraph.analyze.role_cuts import stray_number
from tests.support.quotes import quotes_only


def _speaker(nlp, text: str, content_start: str):
    analysis = quotes_only(nlp, text)
    quote = next(q for q in analysis.quotes if analysis.text[slice(*q.content[0])].startswith(content_start))
    return analysis.speaker(quote.speaker)


# tuning politics/385.txt
WAR_ON_WANT = (
    "Campaign groups including Friends of the Earth, the World Development Movement, and War on Want said "
    "UK government policy on free trade was a major barrier to fighting poverty. War on Want's John Hilary "
    'said: "Compassionate rhetoric cannot disguise the reality of the government\'s neo-liberal policies."'
)


def test_an_organizations_whole_name_before_its_possessive_is_the_role(nlp):
    speaker = _speaker(nlp, WAR_ON_WANT, "Compassionate rhetoric")
    assert (speaker.name, speaker.roles) == ("John Hilary", ["War on Want"])


def test_a_lowercase_word_before_the_link_is_no_part_of_the_name(nlp):
    text = 'The future of Arsenal\'s Sol Campbell is unclear. "I am happy here," Campbell said.'
    speaker = _speaker(nlp, text, "I am happy")
    assert (speaker.name, speaker.roles) == ("Sol Campbell", ["Arsenal"])


# tuning tech/337.txt
JUPITER = (
    "For Jupiter analyst Olivier Beauvillain, Yahoo's initial decision to put its investment on search on "
    'hold was an error. "Yahoo was busy building a portal and while it was good to diversify they made a '
    'big mistake in outsourcing search to Google," he said.'
)


def test_an_organization_the_parser_hung_on_a_preposition_opens_the_title(nlp):
    speaker = _speaker(nlp, JUPITER, "Yahoo was busy")
    assert (speaker.name, speaker.roles) == ("Olivier Beauvillain", ["Jupiter analyst"])


def test_a_date_after_the_preposition_is_no_organization(nlp):
    text = JUPITER.replace("For Jupiter analyst", "In January analyst")
    speaker = _speaker(nlp, text, "Yahoo was busy")
    assert (speaker.name, speaker.roles) == ("Olivier Beauvillain", ["analyst"])


# tuning sport/049.txt
BALCO = (
    "Marion Jones has filed a lawsuit for defamation against Balco boss Victor Conte following his "
    "allegations that he gave her performance-enhancing drugs. Conte made the allegations on US TV. "
    'Conte said: "I stand by everything I said."'
)


def test_a_persons_name_the_ner_ran_into_an_organizations_over_a_role_is_the_person(nlp):
    speaker = _speaker(nlp, BALCO, "I stand by")
    assert (speaker.name, speaker.roles) == ("Victor Conte", ["Balco boss"])


def test_one_word_after_the_role_is_no_persons_name(nlp):
    doc = nlp("Jones sued Balco boss Conte and Balco boss Victor Conte on Monday.")
    short, full = Span(doc, 2, 5, label="ORG"), Span(doc, 6, 10, label="ORG")
    assert [(p.text, p.label_) for p in trimmed_parts(short)] == [("Balco", "ORG")]
    assert [(p.text, p.label_) for p in trimmed_parts(full)] == [("Balco", "ORG"), ("Victor Conte", "PERSON")]


# tuning aeb/70cb2d5bca75 (article-extraction-benchmark)
WARREN = (
    "Her post got the attention of two big-name Democratic politicians: Senator Elizabeth Warren and "
    "congresswoman Alexandria Ocasio-Cortez.  They criticised Scooter Braun's company and the effect big "
    "businesses can have when they buy up smaller ones."
)


def test_they_after_a_sentence_closing_on_two_people_is_that_pair(nlp):
    speaker = _speaker(nlp, WARREN, "Scooter Braun's company")
    assert speaker.name == "Elizabeth Warren and Alexandria Ocasio-Cortez"


def test_a_pair_beside_another_person_is_no_theys_antecedent(nlp):
    text = "Mr Brown met John Smith and Jane Doe. They said the meeting had gone well."
    assert _speaker(nlp, text, "the meeting") is None


# tuning entertainment/229.txt (its twin entertainment/142.txt): the list of pundits, one made a speaker
NELSON = 'BBC Radio 1 DJ Trevor Nelson said: "The Bravery are the real deal."'


def test_a_job_in_capitals_before_a_name_is_the_role_and_a_stations_number_stays(nlp):
    speaker = _speaker(nlp, NELSON, "The Bravery")
    assert (speaker.name, speaker.roles) == ("Trevor Nelson", ["BBC Radio 1 DJ"])


def test_a_stage_name_of_the_job_and_one_word_stays_whole(nlp):
    speaker = _speaker(nlp, '"It is a great record," DJ Shadow said.', "It is a great")
    assert speaker.name == "DJ Shadow"


def test_a_number_outside_an_organizations_name_is_still_no_role(nlp):
    doc = nlp("The firm hired 300 workers last year.")
    assert stray_number(doc[3])
