"""Documents and non-cues, round 30 (issue 30; tuning draw 7316, items Q17, Q55, Q94 and Q19): what a
resolution declares is the document of the body that passed it (legal_documents.py); a status declared
("declared bankrupt") and what people prove by deeds ("are proving …") are no one's words
(declared_status.py, proven_deeds.py); a counted subject named in a dash aside is its members together
(counted_dash_lists.py).

The fixtures are a few lines of TUNING articles (benchmarks/quote_sample.py tuning_paths / tuning_pages),
cut short; the rules are in docs/quotes.md.
"""

from __future__ import annotations

from tests.support.quotes import rows_of_each, shipped_model, speaker_by_content

# Extraction benchmark 833caf3bdba5 (tuning; the US shift on Israeli settlements), cut.
SETTLEMENTS = (
    "The decision puts the US at odds with the rest of the international community and breaks with "
    "Security Council resolutions declaring settlements to be illegal as they are built on occupied "
    "Palestinian land.\n\n"
    "The only two Arab states to have signed peace treaties with Israel - Egypt and Jordan - also sharply "
    'criticised the US policy shift, with Jordanian Foreign Minister Ayman Safadi warning of "dangerous '
    'consequences".\n'
)
# BBC business/305 (tuning), two paragraphs.
BANKRUPT = (
    "A major reform of Brazil's bankruptcy laws has been approved by the country's Congress, in a move "
    "which it is hoped will cut the cost of borrowing.\n\nThe bill, proposed in 1993, has finally been "
    "approved by the leadership of President Luiz Inacio Lula da Silva. The old law, dating from 1945, "
    "gave priority first to workers, second to tax revenue and finally to creditors. The new legislation "
    "changes this, giving priority to creditors and limiting payments to workers. The new regulations "
    "will limit payments to workers to 150 times the minimum monthly salary, which is currently $94. The "
    "law also makes it more difficult for a company to declare bankruptcy. However, when a firm is "
    "declared bankrupt it will gain protection from creditors for 180 days while a recovery plan is "
    "worked out.\n"
)
# BBC sport/395 (tuning), cut.
PROVING = (
    "But players like Stephen Jones, Martyn Williams, Shane Williams and Gareth Thomas are proving it is "
    "not only the youngsters that are on an upward curve.\n"
)


def test_what_a_bodys_resolutions_declare_is_its_document(nlp):
    for model in (None, shipped_model(nlp)):
        found = speaker_by_content(SETTLEMENTS, nlp, "settlements to be illegal", model)
        assert found == ("Security Council", "organization", "document")


def test_a_status_declared_is_no_ones_words(nlp):
    for rows in rows_of_each(nlp, BANKRUPT):
        assert not [row for row in rows if "protection from creditors" in row[0]]


def test_what_people_prove_by_deeds_is_no_attribution(nlp):
    for rows in rows_of_each(nlp, PROVING):
        assert not [row for row in rows if "upward curve" in row[0]]


def test_a_counted_subject_named_in_a_dash_aside_is_its_members_together(nlp):
    for model in (None, shipped_model(nlp)):
        found = speaker_by_content(SETTLEMENTS, nlp, "The only two Arab states", model)
        assert found[:2] == ("Egypt and Jordan", "organization")
