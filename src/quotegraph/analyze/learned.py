"""The quotes stage with a learned attribution model: the rules' direct quotes, the model for the rest.

The rules know quotation marks: a direct quote's content is the quoted passage, whole, across
paragraphs, and its cue and source come from the parse around it. The model (quotegraph train,
runtime/attribution_model.py) finds what the rules miss — beliefs, intentions, paraphrase — and draws span
boundaries as PolNeAR does. So the rules' direct quotes are kept, and every attribution of the model
whose content touches none of them is added; the rules' indirect and mixed attributions give way
to the model's. Speakers are resolved afterwards for all alike (speakers.py). With the scope
"quotes" (records.LearnedAttribution), the default, only the model's attributions whose cue the
rules' lexicon knows are kept — a model trained on PolNeAR also finds beliefs and fears named by
nouns ("concerns about available stocks"), which are not quotes — and where the rules found the
same cue with a content holding the model's and more, the rules' attribution is kept. With the
scope "model" the model's attributions are kept alone, as its training data draws them; with the
others, a cue that reports no words of anyone's (a question put, "cautious about revealing …",
quotes.reports_nothing) is dropped as the rules drop it, and so is an attribution on a line of page
furniture (a teaser, a caption, a byline: furniture.py) or one whose cue ends a title line and whose
content is on the lines after it (title_lines.py).
docs/training.md gives the measurements behind these choices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from quotegraph.analyze.as_clauses import as_clause_drawn, inverted_for_learned
from quotegraph.analyze.attribution import mention_span
from quotegraph.analyze.attribution_types import is_hearsay
from quotegraph.analyze.contact_relatives import contact_subject
from quotegraph.analyze.cues import is_cue
from quotegraph.analyze.furniture import furniture_lines, inside
from quotegraph.analyze.generic_sayers import cut_at
from quotegraph.analyze.glued_quotes import unglued
from quotegraph.analyze.group_claims import missed_group_claims
from quotegraph.analyze.impersonal_passives import impersonal_passive, without_expletive
from quotegraph.analyze.opener_participles import missed_participles, touches
from quotegraph.analyze.parsing import text_of
from quotegraph.analyze.postposed_cues import postposed_for_inner
from quotegraph.analyze.quotemarks import QuotedSpan
from quotegraph.analyze.quotes import Attribution, reports_nothing
from quotegraph.analyze.title_lines import cue_ends_title_line
from quotegraph.analyze.told_addressees import without_addressee

if TYPE_CHECKING:
    from quotegraph.analyze.runtime.attribution_model import AttributionModel


def learned_attributions(
    doc: Doc, passages: list[QuotedSpan], rules: list[Attribution], model: AttributionModel
) -> list[Attribution]:
    """The rules' direct quotes and the model's attributions that touch none of them, in text order.

    The model reads the rules' findings (`passages`, `rules`) as features (analyze/runtime/features.py).
    """
    found = model.attributions(doc, (passages, rules))
    if model.scope != "model":
        furniture = furniture_lines(text_of(doc))  # a teaser's or a byline's words, as the rules skip them
        found = [a for a in found if not any(inside(s, furniture) for s, _ in a.cue + a.content[:1])]
        found = [a for a in found if not cue_ends_title_line(text_of(doc), a.cue, a.content)]  # title_lines
        direct = [a for a in rules if a.kind == "direct"]
        taken = [span for a in direct for span in a.content]
        found = [_own_sentences(doc, a, taken) for a in found]
        found = [a for a in found if not touches(a.content, taken) and not _silent(doc, a)]
        found = [_without_lent_source(a) for a in found]  # "it is feared …": no Mafeca (impersonal_passives)
        if model.scope == "quotes":
            fuller = {tuple(a.cue): a for a in rules if a.kind != "direct" and a.cue}
            found = [_fuller(a, fuller.get(tuple(a.cue))) for a in found if _reports(doc, a)]
            found = inverted_for_learned(as_clause_drawn(found, direct), rules)  # as_clauses.py (round 30)
            # "The second initiative BT announced is …": BT (contact_relatives.py)
            found = [_contact_source(doc, a) for a in found]
            found = [without_addressee(doc, a) for a in found]  # "told the trial that …" (told_addressees)
            for a in found:  # "Anybody who says …": to its relative clause's end (generic_sayers.py)
                a.content = a.content if a.cue_token is None else cut_at(a.cue_token, a.content)
            # "… reveal …, said Amnesty": Amnesty's (postposed_cues)
            found = postposed_for_inner(found, rules)
            found += missed_participles(found, rules)  # "… after claiming to …" (opener_participles.py)
            found += missed_group_claims(found, rules)  # "The pair claim …", a noun to the parser (round 29)
        found = unglued(doc, direct + found, rules)  # a quote before another sentence's cue (glued_quotes)
        _follow_redrawn(direct, found)
    return sorted(found, key=lambda a: a.content[0][0])


def _own_sentences(doc: Doc, attribution: Attribution, taken: list[tuple[int, int]]) -> Attribution:
    """The model's attribution without the rules' direct quotes it took from sentences before its cue's:
    `"If the decision on the studio side is …" And if studios do focus on …, thinks Mr Dean, ultimately it
    could mean …` is Dean's thought in its own sentence; the quote before stays the rules' (its speech).
    One whose every content is such a quote, or whose cue shares a sentence with it, is left whole (and
    gives way to the rules' quote)."""
    cue = [doc.char_span(s, e, alignment_mode="expand") for s, e in attribution.cue[:1]]
    if not cue or cue[0] is None:
        return attribution
    start = cue[0].sent.start_char
    before = [c for c in attribution.content if touches([c], taken) and c[1] <= start]
    kept = [c for c in attribution.content if c not in before]
    if not before or not kept or touches(kept, taken):
        return attribution
    attribution.content = kept
    return attribution


def _follow_redrawn(direct: list[Attribution], kept: list[Attribution]) -> None:
    """A quote that goes on from an attribution the model drew again follows the model's, of the same
    cue: "Former union leader Sir Bill Morris has already accused … / "My concern is …"" stays Morris's
    (the rules' own attribution is gone, and with it the speaker the quote would take from it). Where the
    model drew none of that cue, the quote resolves by the cue and source it copied from the rules' own."""
    present = {id(a) for a in kept}
    for quote in direct:
        gone = quote.follows
        if gone is None or id(gone) in present:
            continue
        # none of the same cue kept: the quote keeps the cue and source it copied, and resolves by them
        quote.follows = next((a for a in kept if a.cue and a.cue == gone.cue and a is not quote), None)


def _without_lent_source(attribution: Attribution) -> Attribution:
    """The model's attribution of an impersonal passive (impersonal_passives.py) without a source lent from
    elsewhere: the model draws most of them with none or with the "it" ("it is thought that …", as
    PolNeAR's annotators mark them), at times with the subject of the clause joined to it ("… it is feared
    …, and Mr Mafeca said …": "Mr Mafeca") or of the clause it reports ("a US court")."""
    cue, head = attribution.cue_token, attribution.source_token
    if cue is not None:  # "it … that there will be …": never the expletive "it" as words (round 32)
        attribution.content = without_expletive(cue, attribution.content)
    if cue is None or not attribution.source or not (impersonal_passive(cue) and is_hearsay(cue)):
        return attribution
    if head is None or head.head != cue or head.dep_ != "nsubjpass":  # the expletive "it" itself is kept
        attribution.source, attribution.source_token = [], None
    return attribution


def _contact_source(doc: Doc, attribution: Attribution) -> Attribution:
    """The model's attribution with no source whose cue is a contact relative clause's ("The second
    initiative BT announced is …"): the clause's subject, the name before the cue (contact_relatives.py)."""
    if attribution.source:
        return attribution
    name = next(filter(None, map(contact_subject, _cue_tokens(doc, attribution))), None)
    if name is not None:
        attribution.source, attribution.source_token = [mention_span(name)], name
    return attribution


def _fuller(learned: Attribution, rule: Attribution | None) -> Attribution:
    """The rules' attribution of the same cue when its content holds the model's and more.

    A newsroom quotes a clause whole, appositions and dashes included, as the rules take it; PolNeAR,
    and so the model, often stops short ("… to use the ATACMS -- officially called …").
    """
    if rule is None or _length(rule.content) <= _length(learned.content):
        return learned
    inside = all(any(s <= start and end <= e for s, e in rule.content) for start, end in learned.content)
    return rule if inside else learned


def _length(content: list[tuple[int, int]]) -> int:
    return sum(end - start for start, end in content)


def _reports(doc: Doc, attribution: Attribution) -> bool:
    """Whether a word of the attribution's cue is a reporting, belief or intention cue of the rules."""
    return any(is_cue(token) for token in _cue_tokens(doc, attribution))


def _silent(doc: Doc, attribution: Attribution) -> bool:
    """A cue that reports no one's words ("Asked whether …"): no attribution, as the rules have it
    (quotes.reports_nothing); kept only with the scope "model"."""
    return any(reports_nothing(token) for token in _cue_tokens(doc, attribution))


def _cue_tokens(doc: Doc, attribution: Attribution) -> list[Token]:
    spans = [doc.char_span(start, end, alignment_mode="expand") for start, end in attribution.cue]
    return [token for span in spans if span is not None for token in span]
