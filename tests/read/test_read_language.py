"""The English check: non-English text gets a note, English (even short) does not."""

import pytest

from quotegraph.read import parse_text
from quotegraph.read.language import guess_language
from tests.support.paths import SHARED

BBC = SHARED / "corpora" / "bbc-news"

FOREIGN = {
    "fr": "Le président a déclaré mardi que la réforme des retraites sera présentée au Parlement dans les "
    "prochaines semaines, malgré les critiques des syndicats qui ne sont pas d'accord.",
    "de": "Der Bundeskanzler sagte am Dienstag, dass die Reform im Parlament vorgestellt wird, obwohl die "
    "Gewerkschaften nicht einverstanden sind und auf die Straße gehen wollen.",
    "es": "El presidente dijo el martes que la reforma de las pensiones será presentada en el Parlamento en "
    "las próximas semanas, pese a las críticas de los sindicatos.",
}


@pytest.mark.parametrize(("language", "text"), FOREIGN.items())
def test_western_languages_are_named_and_flagged(language: str, text: str) -> None:
    article = parse_text(f"Titre\n{text}")
    assert article.meta.language == language
    assert article.notes == [
        f"the article does not look like English (it reads like {_name(language)}); results will be poor"
    ]


def _name(code: str) -> str:
    return {"fr": "French", "de": "German", "es": "Spanish"}[code]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Президент заявил во вторник, что пенсионная реформа будет представлена в парламенте.", "Cyrillic"),
        ("总统周二表示，养老金改革将在未来几周内提交议会。", "CJK"),
        (
            "Prezydent powiedział we wtorek, że reforma emerytalna zostanie przedstawiona w parlamencie "
            "w najbliższych tygodniach, mimo krytyki związków zawodowych.",
            "few common English words",
        ),
    ],
)
def test_other_scripts_and_languages_are_flagged(text: str, reason: str) -> None:
    language, note = guess_language(text)
    assert language is None  # no guess for Cyrillic (ru? uk?), CJK (zh? ja?) or unlisted languages
    assert note is not None and reason in note and note.endswith("results will be poor")


@pytest.mark.parametrize(
    "text",
    [
        "Biden wins election",
        "Stocks fall as oil prices surge past $100 a barrel",
        "Palm Bay d. Rockledge 70-44\nTolivert 25 points. Davis 17. Burgher 10. Moore 3. Bean 5. Baker 6.",
        "Ukraine is expected to soon begin using American-made missiles to hit military targets in Russia.",
    ],
)
def test_english_short_texts_and_box_scores_are_not_flagged(text: str) -> None:
    assert guess_language(text)[1] is None


@pytest.mark.skipif(not BBC.exists(), reason="../shared/corpora is not available")
def test_bbc_articles_read_as_english() -> None:
    files = sorted(BBC.glob("*/*.txt"))[::20]
    assert all(guess_language(path.read_text(errors="replace")) == ("en", None) for path in files)
