"""A mood or a condition of the moment before a title is no part of the role (docs/quotes.md, "Roles"; issue
30, round 29).

Sports and court reports set how a person is that day before what they are: "A crestfallen France coach,
Bernard Laporte, simply observed", "Injured Chelsea winger Arjen Robben", "a delighted Mourinho", "jailed
tycoon Mikhail Khodorkovsky". The mood ("crestfallen", "delighted", "furious") and the condition
("injured", "jailed") pass with the day, and the post stays: "France coach", "Chelsea winger", "tycoon".
They go like the writer's praise or blame (role_cuts.EVALUATIONS); a word of the post's own time stays
("former", "new", "outgoing", "acting", "interim": a post held before, lately or for a while).
"""

from __future__ import annotations

# Moods of the moment a report gives a person before their title.
MOODS = frozenset(
    """
    crestfallen delighted disappointed dejected downbeat elated jubilant ecstatic euphoric thrilled
    furious angry irate frustrated exasperated relieved upbeat beaming smiling tearful emotional stunned
    shocked bemused bewildered baffled defiant dismayed distraught despondent gloomy cheerful happy
    unhappy livid satisfied weary
    """.split()
)
# Conditions of the moment: hurt, held or set aside for now.
CONDITIONS = frozenset("injured jailed imprisoned detained hospitalised hospitalized ailing stricken".split())
PASSING_STATES = MOODS | CONDITIONS
