"""The grouping rules of `data/grouping.toml` (blocking keys, comparison levels, weights), checked when loaded."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from dateline.resources import DATA, languages, load

LEVELS = ("day", "month", "year", "decade")
RULES = ("bucket", "actor", "name", "number", "opener")


@dataclass(frozen=True)
class Rules:
    """Everything `dateline group` decides by: the parsed grouping file."""

    levels: tuple[str, ...]
    max_buckets: int
    blocking: dict[str, tuple[str, ...]]
    max_block: int
    date: dict[str, float]
    same: dict[str, float]
    actors: dict[str, float]
    event: dict[str, float]
    quantities: dict[str, float]
    names: dict[str, float]
    openers: dict[str, float]
    numbers: dict[str, float]
    identifiers: dict[str, float]
    dates: dict[str, float]
    word_min: int
    word_stem: int
    word_levels: tuple[tuple[float, float], ...]
    threshold: float
    same_document: float
    same_document_same_range: bool
    capitalised_nouns: frozenset[str]
    function_words: frozenset[str]


class RulesError(ValueError):
    """A grouping file that cannot be used."""


def parse(data: dict[str, Any]) -> Rules:
    """Rules from the parsed TOML; raises RulesError naming what is wrong."""
    try:
        blocking = data["blocking"]
        levels = tuple(blocking["levels"])
        rules = {level: tuple(blocking["rules"].get(level, ())) for level in levels}
        if not set(levels) <= set(LEVELS) or not {r for rs in rules.values() for r in rs} <= set(RULES):
            raise RulesError(f"blocking: levels must be among {LEVELS}, rules among {RULES}")
        words = data["words"]
        return Rules(
            levels=levels,
            max_buckets=int(blocking["max_buckets"]),
            blocking=rules,
            max_block=int(blocking["limits"]["max_block"]),
            date={k: float(data["date"][k]) for k in ("nested", "overlap")},
            same={k: float(data["date"]["same"][k]) for k in ("day", "week", "month", "year")},
            actors={k: float(data["actors"][k]) for k in ("each", "max", "disjoint")},
            event={k: float(data["event"][k]) for k in ("shared", "disjoint")},
            quantities={k: float(data["quantities"][k]) for k in ("equal", "conflict", "tolerance")},
            names={k: float(data["names"][k]) for k in ("each", "max", "min_length")},
            openers={k: float(data.get("openers", {}).get(k, 0.0)) for k in ("each", "max")},  # optional: older files
            numbers={k: float(data["numbers"][k]) for k in ("each", "max")},
            identifiers={k: float(data["identifiers"][k]) for k in ("at_least", "weight")},
            dates={
                "each": float(data["dates"]["each"]),
                "max": float(data["dates"]["max"]),
                "disjoint": float(data["dates"].get("disjoint", 0.0)),  # optional: rule files of earlier versions
            },
            word_min=int(words["min_length"]),
            word_stem=int(words["stem"]),
            word_levels=tuple(sorted((float(x["at"]), float(x["weight"])) for x in words["levels"])),
            threshold=float(data["link"]["threshold"]),
            same_document=float(data["link"]["same_document"]),
            same_document_same_range=bool(data["link"].get("same_document_same_range", True)),
            capitalised_nouns=frozenset(
                lang for lang in languages("numbers") if load(lang, "numbers").get("units", {}).get("nouns_capitalised")
            ),
            function_words=_function_words(),
        )
    except (KeyError, TypeError) as err:
        raise RulesError(f"missing or malformed setting: {err}") from None


def _function_words() -> frozenset[str]:
    """The single-word function words of every language's grammar lists (data/<lang>/cues.toml `[grammar]`:
    determiners, prepositions, conjunctions, pronouns …), lower case: a sentence opener among them is no name."""
    found: set[str] = set()
    for lang in languages("cues"):
        for words in load(lang, "cues").get("grammar", {}).values():
            if isinstance(words, list):
                found.update(w.casefold() for w in words if isinstance(w, str) and " " not in w)
    return frozenset(found)


@cache
def default() -> Rules:
    """The shipped rules, `data/grouping.toml`."""
    return from_file(DATA / "grouping.toml")


def from_file(path: str | Path) -> Rules:
    """Rules from a grouping file of the same layout."""
    with Path(path).open("rb") as fh:
        return parse(tomllib.load(fh))
