"""What is not speech (issue 30, round 15).

- writing with nothing written and nobody written to ("After that, Ford wrote, and wrote, and wrote.") is
  a career told, a deed: the writer's next sentence is nobody's quote;
- the correspondent's reading of a consensus ("What all seem agreed on, however, is that …", "not
  everyone in the industry agree that …") is nobody's words: thought, no speaker;
- a legal action that accuses ("The legal action accuses Mr Spector of …") is a document;
- "citing" a record ("citing Cooke's past testimony and a separate op-ed") names a source, no words said;
- the writer's yes-or-no question ("will those Brownite briefers suggest their man is unhappy …?") asks
  whether words will be said: thought, no speaker (politics/258.txt, the sentence before Q76).

The fixtures are sentences of tuning articles (judged tuning sample 7306, items Q17, Q76, Q56, Q35, and
business/149.txt, business/292.txt of the tuning check; the corpus file is cited above each), cut short
where the rest plays no part; the contrasts that stay as they were are short sentences of the same shape.
The rules are in docs/quotes.md, "Not speech, round 15".
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each

# aeb/851498a2b9f4 (a feature on the writer John M. Ford), Q17: the paragraph before is the one the
# shipped model needs to draw the attribution.
FORD = (
    "John Milo Ford was born the first child of two pharmacists in East Chicago, Indiana, in 1957. "
    "Everyone called him Mike. According to his aunt, Jane Starner, “He was brilliant from the "
    "start—reading at an adult level when he was in kindergarten and talking to college students.” He "
    "played chess and loved model trains. But he was also sickly—after nearly falling into a coma at the "
    "age of 9, he was diagnosed with Type 1 diabetes. At 16, he went to Indiana University, where instead "
    "of attending class he ran role-playing games and amassed a $3,000 library fine, which his father "
    "paid. He dropped out after two years, having already sold several stories, and soon after wrote his "
    "first novel, Web of Angels, a cyberpunk book before the term was invented. Pocket published it in "
    "1980.*\nAfter that, Ford wrote, and wrote, and wrote. His body of work resembles some beast out of "
    "ancient Greek myth, all random appendages and vestigial organs, guarding a treasure."
)


def test_writing_on_is_a_deed_not_the_next_sentence(nlp):
    for rows in rows_of_each(nlp, FORD):
        assert not any(content.startswith("His body of work") for content, _, _ in rows), rows


def test_a_quote_ford_wrote_stays_speech(nlp):
    text = "“The plan is a disgrace,” Ford wrote."
    for rows in rows_of_each(nlp, text):
        assert ("The plan is a disgrace,", "Ford", "speech") in rows, rows


# politics/258.txt, Q76.
AGREED = (
    "For example, will those Brownite briefers suggest their man is unhappy at the prime minister's timing "
    "or subject matter, as may have been the case in the past? What all seem agreed on, however, is that "
    "this sniping simply cannot be allowed to go on through the election campaign. Mind you, we have "
    "heard similar pledges before."
)
# business/149.txt (Saab's losses), of the tuning check.
NOT_EVERYONE = "But not everyone in the industry agree that it would be the best way forward."


def test_a_consensus_the_writer_reads_is_nobodys_words(nlp):
    for text in (AGREED, NOT_EVERYONE):
        for rows in rows_of_each(nlp, text):
            agreed = [row for row in rows if row[0].startswith(("that this sniping", "that it would be"))]
            assert all(row[1:] == (None, "thought") for row in agreed), rows


def test_ministers_who_agreed_stay_speech(nlp):
    text = "The ministers agreed that the tax must rise."
    for rows in rows_of_each(nlp, text):
        assert ("that the tax must rise", "ministers", "speech") in rows, rows


# entertainment/149.txt, Q56.
SPECTOR = (
    "Donna Clarkson, whose daughter Lana was found dead in Mr Spector's home in February 2003, is seeking "
    "unspecified damages in a civil action. The legal action accuses Mr Spector of murdering the actress "
    "at his LA home."
)


def test_a_legal_action_that_accuses_is_a_document(nlp):
    for rows in rows_of_each(nlp, SPECTOR):
        accused = [row for row in rows if row[0].startswith("Mr Spector")]
        assert accused and all(kind == "document" for _, _, kind in accused), rows


def test_a_mother_who_accuses_stays_speech(nlp):
    text = "Donna Clarkson accuses Mr Spector of murdering the actress at his LA home."
    for rows in rows_of_each(nlp, text):
        accused = [row for row in rows if row[0].startswith("Mr Spector")]
        assert accused and all(row[1:] == ("Donna Clarkson", "speech") for row in accused), rows


# aeb/c00962aabe7b (a House hearing on NASA's Moon plans), Q35.
ADERHOLT = (
    "Aderholt then turned to the issue of using larger numbers of smaller rockets, citing Cooke's past "
    "testimony and a separate op-ed."
)


def test_citing_testimony_names_a_source_no_words(nlp):
    for rows in rows_of_each(nlp, ADERHOLT):
        assert not any("testimony" in content for content, _, _ in rows), rows


# business/292.txt (the Fed's rate rises), of the tuning check.
FED = (
    "The Fed lifted borrowing costs five times last year to 2.25%, citing evidence the US economic "
    "recovery was becoming more robust."
)


def test_citing_evidence_with_a_clause_stays_speech(nlp):
    for rows in rows_of_each(nlp, FED):
        assert any("recovery was becoming more robust" in c and k == "speech" for c, _, k in rows), rows


# politics/258.txt, the sentence before Q76.
BRIEFERS = (
    "For example, will those Brownite briefers suggest their man is unhappy at the prime minister's timing "
    "or subject matter, as may have been the case in the past?"
)


def test_the_writers_question_is_nobodys_words(nlp):
    for rows in rows_of_each(nlp, BRIEFERS):
        asked = [row for row in rows if row[0].startswith("their man is unhappy")]
        assert asked and all(row[1:] == (None, "thought") for row in asked), rows


def test_a_question_why_he_said_it_stays_his_speech(nlp):
    text = "Why did Mr Brown say he was unhappy? Nobody knows."
    for rows in rows_of_each(nlp, text):
        assert ("he was unhappy", "Brown", "speech") in rows, rows
