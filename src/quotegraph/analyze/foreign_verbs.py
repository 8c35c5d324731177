"""The speech verbs of other languages that foreign_cues.py reads, in the forms news writes them (a past
or present third person; "a_dit" is "a dit"), none of them an English word; and the one-word ones, which
name_repairs.py keeps out of a name the NER glued one to (round 27: the English NER reads "пожаловалась
Поризкова", "complained Porizkova", as one person's name).
"""

from __future__ import annotations

SPEECH_VERBS = {
    "id": "berkata mengatakan menandaskan menegaskan menjelaskan menuturkan mengungkapkan ujar ujarnya kata",
    "es": "dijo afirmó aseguró declaró explicó señaló indicó añadió agregó sostuvo",
    "pt": "disse afirmou declarou explicou acrescentou contou",
    "fr": "a_dit a_déclaré a_affirmé a_expliqué a_ajouté déclare affirme explique souligne",
    "de": "sagte erklärte betonte meinte sagt erklärt betont",
    "it": "ha_detto ha_dichiarato ha_spiegato ha_aggiunto afferma dichiara",
    "ru": "сказал сказала заявил заявила призналась признался пожаловалась пожаловался рассказала рассказал "
    "отметил отметила добавил добавила пояснил пояснила подчеркнул подчеркнула",
}

# The verbs of one word: none opens a person's name.
VERB_WORDS = frozenset(w for ws in SPEECH_VERBS.values() for w in ws.split() if "_" not in w)
