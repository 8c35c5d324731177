"""Names and roles, round 8 (issue 30): a person's name set beside a description is the speaker, a long
organization's name with its acronym in brackets is one name, and a role is never cut inside an
organization's name, glued to a kinship, or a personal description.

The fixtures are a sentence or two of tuning articles (benchmarks/quote_sample.py's tuning_paths and
tuning_pages, outside the held-out sample; the items of benchmarks/judged/tuning-7302-9301fb0-quotes.md),
cut short; the rules are in docs/quotes.md, "Appositions, long names with acronyms, roles cut or glued".
"""

from __future__ import annotations

import pytest

from quotegraph import models
from quotegraph.analyze.roles import clean_role
from quotegraph.analyze.runtime.attribution_model import load_attribution_model
from tests.support.quotes import quotes_only, speaker_by_source


def _models(nlp) -> list:
    """The rules alone, and the shipped model where this checkout has one."""
    folder = models.shipped_model({})
    if folder is None:
        return [None]
    return [None, load_attribution_model(folder, nlp).scoped(models.SHIPPED_SCOPE)]


def _speaker_roles(analysis, name: str) -> list[str]:
    return next(s.roles for s in analysis.speakers if s.name == name)


def test_a_name_beside_a_description_is_the_speaker_and_the_description_its_role(nlp):
    # BBC politics/405 (tuning-7302 Q79): the NER takes the description for an organization.
    text = (
        "Mr Kennedy said he had previously voted for a 22-week limit. The Roman Catholic Archbishop of "
        'Cardiff, the Most Reverend Peter Smith, said the church merely wanted people to "reflect on '
        'issues in light of the gospel" before voting.'
    )
    source = "The Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Smith"
    for model in _models(nlp):
        analysis = quotes_only(nlp, text, model)
        assert speaker_by_source(analysis, source) == ("Peter Smith", "person")
        assert _speaker_roles(analysis, "Peter Smith") == ["Roman Catholic Archbishop of Cardiff"]


def test_the_told_of_a_name_beside_a_description_is_that_persons(nlp):
    # The sentence as the article writes it (tuning-7302 Q79): the shipped model finds its "told".
    folder = models.shipped_model({})
    if folder is None:
        pytest.skip("no shipped model in this checkout")
    text = (
        "Mr Kennedy said he had previously voted for a 22-week limit. The Roman Catholic Archbishop of "
        "Cardiff, the Most Reverend Peter Smith, told BBC Radio 4's Today programme that the church merely "
        'wanted people to "reflect on issues in light of the gospel" before voting.'
    )
    model = load_attribution_model(folder, nlp).scoped(models.SHIPPED_SCOPE)
    source = "The Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Smith"
    assert speaker_by_source(quotes_only(nlp, text, model), source) == ("Peter Smith", "person")


def test_a_name_the_ner_missed_beside_an_office_is_the_speaker(nlp):
    # BBC politics (tuning): "May" is no PERSON to the NER; the office before it names her.
    text = (
        'The Shadow Secretary of State for the Family, Theresa May, said: "These plans were announced by '
        'Gordon Brown in his pre-budget review in December."'
    )
    source = "The Shadow Secretary of State for the Family, Theresa May"
    analysis = quotes_only(nlp, text)
    assert speaker_by_source(analysis, source) == ("Theresa May", "person")
    assert _speaker_roles(analysis, "Theresa May") == ["Shadow Secretary of State for the Family"]


def test_a_long_name_with_its_acronym_in_brackets_is_one_organization(nlp):
    # BBC tech/061 (tuning-7302 Q89): never "Consumers", the name cut at its first word; "it" after it is
    # the same organization.
    text = (
        "He said that was a misconception based on a lack of awareness of the technology. At least once "
        "consumer group - Consumers Against Supermarket Privacy Invasion and Numbering (Caspian) - has "
        "claimed that RFID chips could be used to secretly identify people and the things they are "
        "carrying or wearing. All kinds of personal belongings, including clothes, could constantly "
        "broadcast messages about their whereabouts and their owners, it warned."
    )
    name = "Consumers Against Supermarket Privacy Invasion and Numbering"
    for model in _models(nlp):
        analysis = quotes_only(nlp, text, model)
        speakers = {analysis.speaker(q.speaker).name for q in analysis.quotes if q.speaker is not None}
        assert name in speakers and "Consumers" not in speakers
        caspian = next(s for s in analysis.speakers if s.name == name)
        assert caspian.kind == "organization"
        warned = next(
            q for q in analysis.quotes if analysis.text[slice(*q.content[0])].startswith("All kinds")
        )
        assert analysis.speaker(warned.speaker).name == name


def test_an_acronym_that_spells_no_name_before_it_joins_nothing(nlp):
    text = "Campaign group Friends of the Earth (FoE) said the plan would harm the countryside."
    analysis = quotes_only(nlp, text)
    names = {analysis.speaker(q.speaker).name for q in analysis.quotes if q.speaker is not None}
    assert "Friends" not in names


def test_a_role_goes_on_past_a_comma_inside_an_organizations_name(nlp):
    # Extraction-benchmark page aeb/16c30add7e96 (tuning-7302 R5).
    text = (
        "“This is mainly due to the change in wind direction from north-westerly to south-easterly, which "
        "allowed Delhi’s air to slightly improve,” Kurinji Selvaraj, a research analyst at the Delhi-based "
        "Council on Energy, Environment and Water think tank told CBS News."
    )
    roles = _speaker_roles(quotes_only(nlp, text), "Kurinji Selvaraj")
    assert roles == [
        "research analyst at the Delhi-based Council on Energy, Environment and Water think tank"
    ]


def test_a_comma_between_two_roles_still_ends_the_first(nlp):
    text = '"We will keep going," said John Smith, a director at Acme, who joined the firm in 2001.'
    assert _speaker_roles(quotes_only(nlp, text), "John Smith") == ["director at Acme"]


def test_a_kinship_before_a_title_is_no_part_of_the_role(nlp):
    # Extraction-benchmark page aeb/3d8f3404cf97 (tuning-7302 R9): "filmmaker", not "son, filmmaker".
    text = (
        "Steenburgen’s son, filmmaker Charlie McDowell (“The Discovery,” “The One I Love”), also remembers "
        "it as a trying time. “If your mom comes to you after surgery and says that her head is now full of "
        "music, I think it’s totally fair to think that she’s gone crazy,” he said."
    )
    assert _speaker_roles(quotes_only(nlp, text), "Charlie McDowell") == ["filmmaker"]


def test_a_personal_description_is_no_role(nlp):
    # Extraction-benchmark page aeb/851498a2b9f4 (tuning-7302 R21): a way of life, no title or office.
    text = (
        "But according to multiple people I spoke to, also at issue was Ford’s partner, the writer and "
        "jewelry designer Elise Matthesen.\nThe two became romantically involved in 1993. Matthesen, a "
        "polyamorist, had been married for two years when she and Mike began dating. “My partner to whom I "
        "am married is John with middle initial M,” Matthesen recalled in an email."
    )
    assert _speaker_roles(quotes_only(nlp, text), "Elise Matthesen") == ["writer and jewelry designer"]


def test_a_first_name_beside_a_kinship_is_a_person_with_no_role(nlp):
    # BBC politics/116 (tuning): the NER takes "Michelle" for an organization; "a mother of twins" says she
    # is a person, and is no role of hers; "she" after it is her.
    text = (
        "Michelle, a mother of twins, said she had not received a penny of the £57 a week she should be "
        'receiving from her ex-partner and had faced an "on-going battle" with the CSA. Her forms have twice '
        "been lost in the post, she said."
    )
    analysis = quotes_only(nlp, text)
    assert speaker_by_source(analysis, "Michelle, a mother of twins") == ("Michelle", "person")
    assert speaker_by_source(analysis, "she") == ("Michelle", "person")
    assert _speaker_roles(analysis, "Michelle") == []


def test_a_leaning_or_a_pastime_in_apposition_is_no_role(nlp):
    # Extraction-benchmark page aeb/e7994d550087 (tuning-7301 R28): "a stolid socialist" is the writer's
    # characterisation, no title, office or organization; a post in apposition stays a role.
    doc = nlp("Corbyn, a stolid socialist, is accused by critics of promoting high-tax policies.")
    assert clean_role(doc[2:5]) is None
    doc = nlp("Kurinji Selvaraj, a research analyst at the think tank, told CBS News.")
    assert clean_role(doc[3:10]) == "research analyst at the think tank"


def test_a_titles_for_is_part_of_the_role(nlp):
    # BBC politics/340 (tuning): the parser hangs the name on "for"; the role is never "women".
    text = (
        'Labour\'s deputy minister for women Jacqui Smith accused the Lib Dems of offering "false promises" '
        "to women and said their sums did not add up."
    )
    # (round 11: the party's possessive before the title is part of the role: "Labour deputy minister …")
    assert _speaker_roles(quotes_only(nlp, text), "Jacqui Smith") == ["Labour deputy minister for women"]


def test_a_description_is_never_cut_at_its_hyphen(nlp):
    # BBC entertainment/252 (tuning-7301 Q51): the parser splits "ex-girlfriend" in three; the source's
    # name is the whole word, never "his ex".
    text = (
        "Motley Crue guitarist Mick Mars is being sued by his ex-girlfriend for $10 million (£5.4 million), "
        "claiming he broke a promise to take care of her."
    )
    for model in _models(nlp):
        analysis = quotes_only(nlp, text, model)
        names = [analysis.speaker(q.speaker).name for q in analysis.quotes if q.speaker is not None]
        assert "his ex" not in names
        if model is None:  # the rules find the claim; whether the int8 model does depends on the CPU's kernel
            assert names
        elif names:  # where the shipped model finds it, its source is the whole phrase
            assert speaker_by_source(analysis, "his ex-girlfriend") == ("his ex-girlfriend", "anonymous")
