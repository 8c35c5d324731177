"""Names, round 31 (issue 30; found by the whole-corpus sweep of criterion 3, tuning article business/090):
a name never begins with a quotation mark. Where a quotation closes right before a name
('"… the ambitions," Jean-Michel Lemetayer, from …, told …') the NER's span may take the closing mark;
the speaker is "Jean-Michel Lemetayer", never '" Jean-Michel Lemetayer' (entities.clean_name)."""

from __future__ import annotations

from tests.support.quotes import speaker_by_content

# BBC business/090 (tuning), cut.
CLOSING_MARK = (
    "However, wine makers and farmers said the support was much less than they had been hoping for. "
    '"I am afraid the resources are not up to the ambitions," Jean-Michel Lemetayer, from the FNSEA '
    "agricultural union, told the Associated Press news agency.\n"
)


def test_a_name_after_a_closing_quotation_mark_begins_with_its_first_letter(nlp):
    name, _, _ = speaker_by_content(CLOSING_MARK, nlp, "I am afraid")
    assert name == "Jean-Michel Lemetayer"
