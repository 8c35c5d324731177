"""Whom "he", "she" and "they" are (issue 30): the person or people the sentence before is about, by news
convention, not the last one quoted nor one named only inside a quote or in a phrase before the pronoun.

The fixtures are a sentence or two of BBC articles outside the held-out sample of
benchmarks/quote_sample.py (its tuning_paths), cut short; the rules are in docs/quotes.md, "Pronouns
after descriptions, adjuncts and passives".
"""

from __future__ import annotations

from tests.support.quotes import speaker_of as _speaker_of


def test_a_name_in_a_phrase_before_the_pronoun_is_no_antecedent(nlp):
    text = (
        "Robert Jackson, 58, MP for Wantage in Oxfordshire, said he was disillusioned with the party's "
        'leadership. Prime Minister Tony Blair declared himself "delighted", saying Mr Jackson would be '
        "warmly welcomed by Labour MPs. Mr Jackson, who has clashed with his leaders over tuition fees and "
        "Europe in the past, served as higher education minister between 1987 and 1990. In a letter to his "
        "constituency chairman he wrote: \"It is in the country's best interest that Tony Blair rather than "
        'Michael Howard should form the next government."'
    )
    assert _speaker_of(text, nlp, "It is in the country's best interest") == "Robert Jackson"


def test_a_pronoun_after_sentences_about_one_person_is_that_person(nlp):
    # "She was regarded …" is about Hill, as the sentence before it; Carpenter is named only in its clauses
    text = (
        "Screenwriter and producer Debra Hill, best known for her work on the 70s horror classic Halloween, "
        "has died in Los Angeles aged 54. Directed by John Carpenter, it made over $60m worldwide. Born in "
        "New Jersey, Hill began her career as a production assistant and worked her way through the ranks, "
        "becoming an assistant director and second-unit director before she began collaborating with "
        "Carpenter.\n\n"
        "She was regarded by many as a pioneering woman in film, taking on jobs in the 70s that were more "
        'commonly taken by men. "Back when I started in 1974, there were very few women in the industry," '
        "she said in 2003."
    )
    assert _speaker_of(text, nlp, "Back when I started in 1974") == "Debra Hill"


def test_a_pronoun_after_a_description_with_its_name_beside_it_is_that_person(nlp):
    # Straw is quoted last, but the sentence before "he said" is about Ancram
    text = (
        "All four Britons held by the US in Guantanamo Bay will be returned to the UK within weeks, Foreign "
        "Secretary Jack Straw told the Commons on Tuesday.\n\n"
        'But he added: "Once they are back in the UK, the police will consider whether to arrest them." The '
        "shadow foreign secretary, Michael Ancram, welcomed the return of the four detainees. But he said "
        'there were still "serious questions" over the possible threat the four pose to the UK.'
    )
    assert _speaker_of(text, nlp, "there were still") == "Michael Ancram"
    assert _speaker_of(text, nlp, "Once they are back") == "Jack Straw"


def test_they_after_a_passive_are_the_people_its_by_phrase_names(nlp):
    # not the judge quoted before, nor the singular "case" the sentence is about
    text = (
        "Deputy High Court Judge Richard Mawrey, QC told the hearing at the Birmingham and Midlands "
        "Institute the case could have potentially serious consequences for any forthcoming General "
        "Election.\n\n"
        "The case against Muhammad Afzal, Mohammed Islam and Mohammed Kazi is being brought by local "
        "Liberal Democrat supporters. They claim the trio benefited from the widespread misuse of postal "
        "votes during the 10 June election."
    )
    assert _speaker_of(text, nlp, "the trio benefited") == "local Liberal Democrat supporters"


def test_a_description_the_article_gives_no_one_is_no_guess_at_the_person_named_before(nlp):
    # "The highest ranking executive" is given to no one before: "He" stays with the name the sentence
    # gives, not the attorney general named the sentence before
    text = (
        "Two executives from American International Group (AIG) and one from Marsh & McLennan were the "
        "latest. The investigation by New York attorney general Eliot Spitzer has now obtained nine guilty "
        "pleas. The highest ranking executive pleading guilty on Tuesday was former Marsh senior vice "
        "president Joshua Bewlay.\n\n"
        "He admitted that he had schemed to defraud and faces up to four years in prison."
    )
    # "He admitted one felony count of …" (the article's words) is a plea since round 32, no attribution
    assert _speaker_of(text, nlp, "that he had schemed") == "Joshua Bewlay"
