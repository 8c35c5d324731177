"""Names cut or glued, and anonymous insiders (issue 30, round 7): fixtures from sentences of TUNING
articles (benchmarks/judged/tuning-7300-9efb2f8-quotes.md Q12, Q33, Q48; tuning-7301-9efb2f8 Q42)."""

from __future__ import annotations

from tests.support.quotes import quotes_only, speaker_by_source


def test_a_quotation_mark_glued_before_a_titled_surname_is_cut_and_the_surname_is_the_full_name(nlp):
    text = (
        "Sir Alan received his decoration in Paris on Wednesday from French Culture Minister Renaud "
        'Donnedieu de Vabres. "You have explored the possibilities of film with an immense talent," '
        "Mr de Vabres said as he presented the award."
    )
    assert speaker_by_source(quotes_only(nlp, text), "Mr de Vabres") == (
        "Renaud Donnedieu de Vabres",
        "person",
    )


def test_a_surname_with_its_particles_is_the_person_named_in_full(nlp):
    text = (
        "James Van Der Beek has been eliminated from Dancing with the Stars. Van Der Beek revealed the "
        "news of the miscarriage in a video package earlier in the episode."
    )
    assert speaker_by_source(quotes_only(nlp, text), "Van Der Beek") == ("James Van Der Beek", "person")


def test_an_organization_split_at_and_is_whole_where_its_acronym_spells_both_parts(nlp):
    text = (
        "Tourism is a vital to many developing countries, providing jobs for 19 million people in the south "
        "east Asian region, according to the World Travel and Tourism Council (WTTC)."
    )
    analysis = quotes_only(nlp, text)
    assert speaker_by_source(analysis, "the World Travel and Tourism Council (WTTC)") == (
        "World Travel and Tourism Council",
        "organization",
    )


def test_sources_of_an_organization_are_anonymous_people_not_the_organization(nlp):
    text = (
        "Several members of the US Senate are among those affected, who could now be vulnerable to identity "
        "theft. Senate sources say the missing tapes may have been stolen from a plane by baggage handlers."
    )
    assert speaker_by_source(quotes_only(nlp, text), "Senate sources") == ("Senate sources", "anonymous")


def test_a_description_opening_the_story_is_the_person_the_next_sentence_names(nlp):
    text = (
        "Top judge clashes with ministers\n\nThe UK's top judge has revealed he has clashed with ministers "
        "about how the heads of public inquiries are chosen.\n\nLord Woolf said he was determined his "
        "current veto on whether a judge should chair an inquiry should continue."
    )
    assert speaker_by_source(quotes_only(nlp, text), "The UK's top judge") == ("Lord Woolf", "person")


def test_a_description_after_a_person_named_is_not_the_one_the_next_sentence_names(nlp):
    text = (
        "Lord Falconer met the committee on Monday. The UK's top judge has revealed he has clashed with "
        "ministers. Lord Woolf said he was determined to keep his veto."
    )
    assert speaker_by_source(quotes_only(nlp, text), "The UK's top judge") != ("Lord Woolf", "person")


def test_the_scot_the_ner_took_for_a_person_is_the_lead_s_subject(nlp):
    text = (
        "Moyes U-turn on Beattie dismissal\n\nEverton manager David Moyes will discipline striker James "
        "Beattie after all for his headbutt on Chelsea defender William Gallas.\n\nThe Scot initially "
        "defended Beattie, whose dismissal put Everton on the back foot in a game they ultimately lost 1-0, "
        "saying Gallas overreacted."
    )
    assert speaker_by_source(quotes_only(nlp, text), "The Scot") == ("David Moyes", "person")


def test_a_role_does_not_end_inside_the_capitalised_name_of_a_unit(nlp):
    text = (
        "“We are proud of the device,” said Olivier Bosc, General Manager of Life Care Solutions Europe at "
        "GE Healthcare."
    )
    analysis = quotes_only(nlp, text)
    bosc = next(s for s in analysis.speakers if s.name == "Olivier Bosc")
    assert bosc.roles == ["General Manager of Life Care Solutions Europe"]
