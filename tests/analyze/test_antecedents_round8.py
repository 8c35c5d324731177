"""Whom a pronoun or a description stands for (issue 30, round 8): "they" after a group's words, "the
company" of the clause before, "the three writers" named together before.

The fixtures are a sentence or two of tuning articles (benchmarks/quote_sample.py's tuning_paths and
tuning_pages, items of benchmarks/judged/tuning-7302-9301fb0-quotes.md and draws 7680+), cut short; the
rules are in docs/quotes.md, "Round 8: antecedents".
"""

from __future__ import annotations

from tests.support.quotes import quote_rows, quotes_only, speaker_by_source, speaker_of


def test_they_go_on_from_the_group_not_whom_their_reported_clause_asks_to_act(nlp):
    # politics/051.txt (7302 Q57): the courts are what the MPs want the law to require, not speakers.
    text = (
        "MPs criticise child access system\n\n"
        "Divorced parents seeking access to their children are often disadvantaged by the legal system, "
        "MPs have said.\n\n"
        "They said the law should be changed to require family courts specifically to take account of the "
        "importance of sustaining the relationship between the child and the non-resident parent in "
        'contested cases. This would "reassert the rights of non-resident parents to contact with their '
        'children", they said.'
    )
    assert speaker_of(text, nlp, "reassert the rights") == "MPs"


def test_the_company_of_a_joined_clause_is_the_organization_the_clause_before_has_as_subject(nlp):
    # aeb/c00962aabe7b (7302 Q32): SpaceX, the subject of the clause "but" joins, not Boeing quoted before.
    text = (
        "Boeing is one of the companies bidding on the HLS program, and confirmed that its approach makes "
        "use of the SLS. The only other entity to confirm it has bid on HLS is the national team led by "
        "Blue Origin that includes Draper, Lockheed Martin, and Northrop Grumman. (SpaceX is widely "
        "believed to have submitted a proposal based on its Starship vehicle, but the company has "
        "declined to publicly confirm that.)"
    )
    assert speaker_by_source(quotes_only(nlp, text), "the company")[0] == "SpaceX"


def test_the_two_firms_are_the_firms_the_lead_names_together(nlp):
    # business/150.txt (a tuning article): the lead's "Elan and Biogen Idec", not the drug named last.
    text = (
        "Shares hit by MS drug suspension\n\n"
        "Shares in Elan and Biogen Idec plunged on Monday as the firms suspended sales of new multiple "
        "sclerosis drug Tysabri after a patient's death in the US.\n\n"
        "On the New York Stock Exchange, shares in Ireland-based Elan lost 70% while US partner Biogen Idec "
        "shed 43%. The firms took action after the death from a central nervous system disease and a "
        "suspected case of the condition. The cases cited involved the use of both Tysabri and Avonex, "
        "Biogen Idec's existing multiple sclerosis drug. The companies said they have no reports of the "
        "rare condition in patients taking either Tysabri or Avonex alone.\n\n"
        '"The companies will work with clinical investigators to evaluate Tysabri-treated patients," the '
        "two firms said in a statement."
    )
    analysis = quotes_only(nlp, text)
    assert speaker_by_source(analysis, "The companies")[0] == "Elan and Biogen Idec"
    assert speaker_by_source(analysis, "the two firms")[0] == "Elan and Biogen Idec"


def test_many_after_many_groups_is_no_part_of_them_but_a_generalisation(nlp):
    # tech/215.txt (tuning-7301 Q95, tuning-7300 Q95): a column's "Many feel", not the "groups" before.
    text = (
        "The European Commission is being pragmatic in its approach. They have identified that many groups "
        "have defined the forms of digital media in the areas that NEM encompasses. "
        "Many feel that the most difficult and challenging area for the Commission will be to identify a "
        "solution for different Digital Rights Management schemes."
    )
    assert speaker_of(text, nlp, "that the most difficult") is None


def test_the_company_opening_a_sentence_is_the_organization_its_paragraph_has_as_subject(nlp):
    # aeb/8634d1211c3f (tuning-7300 Q25): McClatchy, the paragraph's subject, not Alden, which spoke before.
    text = (
        "(Alden on Tuesday announced that it had become the largest shareholder of Tribune, the former "
        "owner of The Times.)\n"
        "But public companies such as Gannett, GateHouse and also McClatchy Co. can't escape the "
        "industry's economic challenges.\n"
        "Sacramento-based McClatchy, a chain of 30 newspapers including the Sacramento Bee, may be another "
        "canary in the news industry's coal mine. McClatchy reported a loss of $304.7 million on revenue "
        "of $167.4 million in the third quarter ended Sept. 29. Most of the loss reflected a write-down of "
        "the company's news assets.\n"
        "But the company also reported long-term debt of more than $700 million."
    )
    assert speaker_by_source(quotes_only(nlp, text), "the company")[0] == "McClatchy"


def test_the_pair_is_the_two_people_named_together_before(nlp):
    # sport/023.txt (a tuning article): both sprinters, one joint source, not Kenteris alone.
    text = (
        "Greek sprinters Kostas Kenteris and Katerina Thanou have appeared before an independent tribunal "
        "which will decide if their bans should stand.\n\n"
        "They were given provisional suspensions by athletics' ruling body the IAAF in December. The pair "
        "arrived with former coach Christos Tzekos to give evidence at the Hellenic Olympic Committee's "
        "offices.\n\n"
        "They withdrew from the Athens Games last August after missing drugs tests. The pair spent four "
        "days in a hospital, claiming they had been injured in a motorcycle crash."
    )
    analysis = quotes_only(nlp, text)
    assert speaker_by_source(analysis, "The pair") == ("Kostas Kenteris and Katerina Thanou", "group")


def test_the_pair_after_someone_else_is_named_is_not_the_pair_named_before(nlp):
    # sport/029.txt (a tuning article): a rival named after "Kelly Holmes and Carolina Kluft" makes the
    # pair no pair named together; it is not given to them ("said" added to make the sentence a cue).
    text = (
        "Kelly Holmes and Carolina Kluft are among other Athens winners competing. The organisers are "
        "hoping that Isinbayeva's main rival, fellow Russian Svetlana Feofanova, will also take part in "
        "the event. The pair said they had a thrilling battle in Athens."
    )
    rows = quote_rows(quotes_only(nlp, text))
    assert all(name != "Kelly Holmes and Carolina Kluft" for _, name, _ in rows)


def test_they_after_the_words_they_say_are_the_people_the_sentence_before_is_about(nlp):
    # business/277.txt (a tuning article): "…, they insist" closes its sentence as a cue; the leaders.
    text = (
        "Turkey's economic leaders have been banging the drum to draw attention to recent achievements. "
        "The economy is growing fast, they insist."
    )
    assert speaker_of(text, nlp, "The economy is growing fast") == "Turkey's economic leaders"


def test_they_are_not_the_things_a_verb_plans_to_do(nlp):
    # politics/319.txt (a tuning article): "postponed plans to remove" asks no plans to act.
    text = (
        "The government postponed plans to remove the remaining hereditary peers because they said they "
        "were unlikely to succeed after opposition in the Lords."
    )
    assert speaker_of(text, nlp, "they were unlikely") != "plans"
