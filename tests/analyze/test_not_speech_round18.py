"""Words not said, listed as speech (issue 30, round 18).

- a cue in the perfect after "would", "could" or "should" ("would then have claimed that …") reports words
  that would have been said, a counterfactual: thought, no speaker, not even one named inside the content
  (unsaid.would_have_said, nobody_says);
- "they" or "it" in a clause hung on a main clause whose subject is a document of the same number
  ("Howitt's findings were significant because they pointed to …") is that document: a document, never
  speech (document_pronouns.document_of_main_clause);
- "ask" with a clause opened by "whether", "if" or a question word is a question its subject put, no
  statement: thought, the asker kept; the "and said that …" after it stays speech (unsaid.puts_a_question);
- a clause as the subject whose own subject is the writer's "I" ("what I have seen has confirmed my early
  impressions") is the columnist's narration: thought, no speaker (deeds.is_writers_voice);
- a passive "described as" with no "by" agent ("He is described as "a proud grandfather"") is hearsay:
  thought, no speaker; with an agent it stays the agent's words (attribution_types.is_hearsay).

The fixtures are sentences of tuning articles (judged tuning sample 7308, items Q33, Q17, Q72, Q76, and
tuning articles found by grep; the corpus file is cited above each), cut short where the rest plays no
part; the contrasts that stay as they were are near sentences of the same shape. The rules are in
docs/quotes.md, "Not speech, round 18".
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each

# aeb/f5c90a6d5253 (a column on the impeachment inquiry), Q33.
WHISTLEBLOWER = (
    "The Bush-era whistleblower, a protégé of John Bolton and Dick Cheney, would then have claimed that he "
    "was told by an anonymous NSC leaker that Obama in the call had confirmed his prior hot-mic, quid pro "
    "quo promise to drop missile defense in Eastern Europe."
)


def test_words_that_would_have_been_said_are_nobodys(nlp):
    for rows in rows_of_each(nlp, WHISTLEBLOWER):
        found = [(name, kind) for content, name, kind in rows if content.startswith("that he was told")]
        assert found == [(None, "thought")], rows


def test_said_he_would_have_written_stays_speech(nlp):
    # entertainment/192.txt: the counterfactual is inside what was said.
    text = (
        "Talk show host Jerry Springer, whose programme inspired the controversial opera shown by the BBC, "
        "has said he would not have written it himself."
    )
    for rows in rows_of_each(nlp, text):
        assert ("he would not have written it himself", "Jerry Springer", "speech") in rows, rows


# aeb/bdb56ac83513 (tuft cells), Q17.
FINDINGS = (
    "Howitt’s findings were significant because they pointed to a possible role for tuft cells in the "
    "body’s defenses — one that would fill a conspicuous hole in immunologists’ understanding."
)


def test_they_after_findings_is_the_findings_document(nlp):
    for rows in rows_of_each(nlp, FINDINGS):
        found = [(name, kind) for content, name, kind in rows if content.startswith("a possible role")]
        assert found == [("Howitt’s findings", "document")], rows


def test_they_after_researchers_stays_theirs(nlp):
    text = "The researchers were pleased because they said the results pointed to a role for the cells."
    for rows in rows_of_each(nlp, text):
        assert ("the results pointed to a role for the cells", "The researchers", "speech") in rows, rows


# politics/389.txt (Gordon Brown on the EU's stability pact), Q72.
FALLON = (
    "Conservative Michael Fallon asked Mr Brown whether the Treasury had leaned on ONS to make this change, "
    "and said that the ONS had received a written paper from the Treasury on this matter."
)


def test_asked_whether_is_a_question_put_by_the_asker(nlp):
    for rows in rows_of_each(nlp, FALLON):
        asked = [(name, kind) for content, name, kind in rows if "whether the Treasury" in content]
        said = [(name, kind) for content, name, kind in rows if content.startswith("that the ONS")]
        assert asked == [("Michael Fallon", "thought")], rows
        assert said == [("Michael Fallon", "speech")], rows


# business/087.txt (the WorldCom trial; "he" there, the lawyer named before): the parser reads the "if"
# after whom he asks as a condition.
MYERS = (
    'Under cross examination, Reid Weingarten asked Mr Myers if he ever knew Mr Ebbers "make an accounting '
    'decision?". "Not that I am aware of," Mr Myers replied.'
)


def test_asked_someone_if_is_a_question_put(nlp):
    for rows in rows_of_each(nlp, MYERS):
        asked = [kind for content, _, kind in rows if "accounting decision" in content]
        assert asked and set(asked) == {"thought"}, rows
        assert ("Not that I am aware of,", "Myers", "speech") in rows, rows


def test_a_request_with_a_condition_stays_a_request(nlp):
    text = "He asked Mr Myers to resign if the figures were wrong."
    for rows in rows_of_each(nlp, text):
        assert [kind for _, _, kind in rows] == ["thought"], rows


def test_reporters_question_keeps_the_answer(nlp):
    text = "Asked whether the Treasury had leaned on ONS, Mr Brown said it had not."
    for rows in rows_of_each(nlp, text):
        assert ("it had not", "Brown", "speech") in rows, rows
        assert not any(kind == "speech" and "Treasury" in content for content, _, kind in rows), rows


# sport/218.txt (a columnist on Chelsea's title chances), Q76.
IMPRESSIONS = "If anything, what I have seen has confirmed my early impressions."


def test_what_i_have_seen_is_the_writers_narration(nlp):
    for rows in rows_of_each(nlp, IMPRESSIONS):
        found = [(name, kind) for content, name, kind in rows if content.endswith("my early impressions")]
        assert found == [(None, "thought")], rows


def test_what_the_manager_said_is_left_to_the_rules(nlp):
    text = "What the manager has said confirms that the club is in trouble."
    for rows in rows_of_each(nlp, text):
        kinds = [kind for content, _, kind in rows if content.endswith("the club is in trouble")]
        assert kinds == ["speech"], rows


# politics/057.txt (a children's commissioner named), found by grep on the tuning articles.
GRANDFATHER = (
    'He trained at Guy\'s Hospital Medical School. He is described as "a proud grandfather" of four.'
)


def test_described_with_no_agent_is_hearsay(nlp):
    for rows in rows_of_each(nlp, GRANDFATHER):
        assert not any(kind == "speech" and "grandfather" in content for content, _, kind in rows), rows


def test_described_by_someone_stays_speech(nlp):
    # entertainment/190.txt: the agent named after "by".
    text = (
        'Fletcher was described as a "consummate professional" by his friend and fellow broadcaster '
        "Michael Pointon."
    )
    for rows in rows_of_each(nlp, text):
        kinds = [kind for content, _, kind in rows if "consummate professional" in content]
        assert set(kinds) <= {"speech"}, rows
