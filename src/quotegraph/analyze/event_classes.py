"""The action classes of the events stage (analyze/events.py, docs/events.md), apart from it so that
a query over stored events checks a class without loading spaCy."""

# The classes, each with the CAMEO root it follows (authorize has none: CAMEO has no class for
# granting permission, which news reports often) and what it covers; analyze/events.py's lexicon
# gives the verb lemmas that signal it.
CLASSES: dict[str, tuple[str, str]] = {
    "statement": ("01", "make a public statement: announce, declare, acknowledge"),
    "appeal": ("02", "appeal or request: urge, call on, plead, ask for"),
    "intend": ("03", "express intent: promise, pledge, vow, offer"),
    "consult": ("04", "consult: meet, visit, host, negotiate, discuss"),
    "cooperate": ("05", "diplomatic or material cooperation: sign, back, praise, ally, cooperate"),
    "aid": ("07", "provide aid: help, supply, provide, fund, support"),
    "yield": ("08", "yield: withdraw, release, lift or ease restrictions, resign, surrender"),
    "investigate": ("09", "investigate: investigate, probe, inspect"),
    "demand": ("10", "demand: demand, order, insist"),
    "criticize": ("11", "disapprove: criticize, condemn, accuse, blame, sue"),
    "reject": ("12", "reject: reject, refuse, deny, veto, withhold, oppose, block"),
    "threaten": ("13", "threaten: threaten, warn"),
    "protest": ("14", "protest: protest, demonstrate, march, rally"),
    "mobilize": ("15", "exhibit force posture: deploy, mobilize, mass, reinforce"),
    "reduce": ("16", "reduce relations: sanction, sever, suspend, cut, boycott, recall"),
    "coerce": ("17", "coerce: arrest, detain, ban, restrict, seize, charge, deport, force"),
    "assault": ("18", "unconventional violence: kill, kidnap, torture, execute, wound"),
    "fight": ("19", "fight with conventional force: attack, strike, shell, invade, defeat, fire"),
    "authorize": ("", "authorize or approve: authorize, approve, allow, permit, license"),
}
