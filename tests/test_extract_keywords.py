"""The keyword index finds exactly what the combined keyword regex finds (it only changes the speed)."""

from __future__ import annotations

import random
import re

import pytest

from dateline.extract.actors import gazetteer
from dateline.extract.keywords import Words
from dateline.extract.lexicon import CategoryMatcher, _ordered, dispatch

CATEGORIES = {
    "arms": ["Waffen*", "*lieferung*", "*liefer", "Rakete", "transfer* of weapons", "Know-how", "drone*"],
    "talks": ["Waffenstillstand*", "ums Leben", "nach Angaben", "staakt -het -vuren", "=may", "US", "cessez-le-feu"],
    "test": ["*test", "Atom*", "ein", "U.S.", "sei", "st*"],
}
PIECES = [
    "Waffenlieferungen",
    "Munitionslieferung",
    "Waffenstillstand",
    "Atomtest",
    "Raketentest",
    "test",
    "ums",
    "Leben",
    "nach",
    "Angaben",
    "May",
    "may",
    "US",
    "us",
    "U.S.",
    "know-how",
    "Know-how",
    "staakt",
    "-het",
    "-vuren",
    "cessez-le-feu",
    "Rakete",
    "Raketen",
    "Drohne",
    "drones",
    "ein",
    "eine",
    "sei",
    "Stadt",
    "st",
    "transfer*",
    "of",
    "weapons",
    "liefer",
    "Ölliefer",
    "İstanbul",
    "SEI",
    "ß",
    "3",
    "-",
    ",",
    ".",
    "(",
    "_x",
]


def _regex_find(categories: dict[str, list[str]], text: str) -> list[tuple[str, int, int]]:
    owner: dict[str, str] = {}
    for name in sorted(categories):
        for word in categories[name]:
            owner.setdefault(word, name)
    order = _ordered(owner)
    names = [owner[k] for k in order]
    regex = re.compile(dispatch(order, "({})"))
    return [(names[(m.lastindex or 1) - 1], m.start(), m.end()) for m in regex.finditer(text)]


def _texts(n: int) -> list[str]:
    rnd = random.Random(7)
    seps = [" ", "  ", "-", " -", "\n", "", ", "]
    return ["".join(rnd.choice(PIECES) + rnd.choice(seps) for _ in range(rnd.randint(1, 14))) for _ in range(n)]


def test_index_agrees_with_the_combined_regex() -> None:
    matcher = CategoryMatcher(CATEGORIES)
    assert matcher.regex is None  # the index is used
    for text in _texts(600):
        assert matcher.find(text, Words(text)) == _regex_find(CATEGORIES, text), text


def test_overlaps_resolve_like_the_regex() -> None:
    matcher = CategoryMatcher(CATEGORIES)
    # "Waffen*" takes the whole word, so the infix "*lieferung*" inside it is not reported separately.
    assert matcher.find("Waffenlieferungen und Munitionslieferung") == [("arms", 0, 17), ("arms", 31, 40)]
    assert matcher.find("Atomtest, Raketentest") == [("test", 0, 8), ("test", 17, 21)]
    assert matcher.categories("may MAY May") == ["talks"]


@pytest.mark.parametrize("keyword", ["'s-Gravenhage", "-fire"])
def test_keywords_not_starting_with_a_letter_fall_back_to_the_regex(keyword: str) -> None:
    categories = {**CATEGORIES, "odd": [keyword]}
    matcher = CategoryMatcher(categories)
    assert matcher.regex is not None
    for text in [*_texts(50), f"in {keyword} heute", f"x{keyword}"]:
        assert matcher.find(text) == _regex_find(categories, text)


@pytest.mark.parametrize("lang", ["de", "en", "nl", "fr"])
def test_gazetteer_index_agrees_with_its_regex(lang: str) -> None:
    g = gazetteer(lang)
    assert g.regex is not None and g.index is not None and g.index.usable
    texts = [
        "Nordkoreanische Truppen, das Weiße Haus und die Vereinigten Staaten; Russlands Präsident, St. Vincent",
        "nordkoreanisch Noord -Korea Nord Korea U.S. U.N. the US and the EU, NATO-Gipfel, Sierra Leone",
        "The United States, North Korea's leader, Kremlin, les États-Unis, la Corée du Nord, de Verenigde Staten",
    ]
    for text in texts:
        expected = [(g.codes[(m.lastindex or 1) - 1], m.start(), m.end()) for m in g.regex.finditer(text)]
        assert g.find(text) == expected
