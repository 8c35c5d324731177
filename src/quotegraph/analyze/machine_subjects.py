"""A machine that reports: data sent, not speech (docs/quotes.md, "Not speech, round 33").

Technology news writes what software and devices send as if they spoke: "a virus or worm which reports its
success and the net address of compromised machines back to the malicious hacker", "the sensor reports the
temperature", "the program tells the server …". A cue whose subject is a common noun of software or a
device (virus, worm, program, software, app, device, sensor, computer …), itself or through the relative
pronoun of a clause on it ("a worm which reports …"), is data, no one's words. A name ("Windows says …")
and a person's noun are left alone. reports_nothing (quotes.py) drops it, whoever found it.
"""

from __future__ import annotations

from spacy.tokens import Token

MACHINES = frozenset(
    """
    virus viruses worm worms trojan trojans malware spyware program programs programme programmes software
    app apps application applications device devices sensor sensors computer computers machine machines
    server servers chip chips gadget gadgets bot bots robot robots router routers
    """.split()
)
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
RELATIVE_PRONOUNS = frozenset({"which", "that"})


def machine_reports(cue: Token) -> bool:
    """ "a virus or worm which reports its success": software or a device as the cue's subject."""
    subject = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return False
    if subject.lower_ in RELATIVE_PRONOUNS and cue.dep_ == "relcl":
        subject = cue.head  # "a virus or worm which reports …": the noun the clause is on
    return subject.pos_ == "NOUN" and subject.lower_ in MACHINES
