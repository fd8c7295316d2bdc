"""Modality: `denied` > `hedged` > `reported` > `asserted`, from the `[modality]` cues in `data/<lang>/cues.toml`.

- `denied`: a denial word ("bestreiten", "deny", "ontkent", "dément", "niega", "nega");
- `hedged`: a hedge ("könnte", "wahrscheinlich", "soll", "reportedly", "zou", "pourrait", "podría", "potrebbe"),
  or an attribution whose cue is an attitude verb ("expects", "hofft", "craint": `attitude_lemmas`);
- `reported`: reported speech: an attribution, a reporting cue, or a `reported` word (German Konjunktiv I
  "habe", "sei", "werde"; "laut", "according to");
- otherwise `asserted`.

A phrase in the `not` list hides the cues inside it, and the reporting cues too (`refusals`: "denied access" is a
refusal, no denial of a claim and no report).
"""

from __future__ import annotations

from functools import cache

from dateline.extract.keywords import Words
from dateline.extract.lexicon import CategoryMatcher
from dateline.resources import load

ORDER = ("denied", "hedged", "reported")


@cache
def matcher(lang: str) -> CategoryMatcher:
    """The modality cues of `lang` as one matcher (a category per modality)."""
    table = load(lang, "cues").get("modality", {})
    return CategoryMatcher({name: list(table.get(name, [])) for name in ORDER})


@cache
def hidden(lang: str) -> CategoryMatcher:
    """The phrases of `lang` in which no modality cue counts."""
    return CategoryMatcher({"not": list(load(lang, "cues").get("modality", {}).get("not", []))})


def refusals(sentence: str, lang: str, words: Words | None = None) -> list[tuple[int, int]]:
    """The spans of the `not` phrases in `sentence`: refusals, in which no cue of modality or reporting counts."""
    return [(a, b) for _, a, b in hidden(lang).find(sentence, words)]


def cues(sentence: str, lang: str, words: Words | None = None) -> set[str]:
    """The modalities whose cues occur in `sentence` outside its `not` phrases."""
    masks = refusals(sentence, lang, words)
    return {name for name, a, b in matcher(lang).find(sentence, words) if not any(x < b and a < y for x, y in masks)}


def modality(
    sentence: str, lang: str, attributed: bool = False, words: Words | None = None, attitude: bool = False
) -> str:
    """The modality of `sentence`; `attributed`: an attribution or reporting cue was found in it; `attitude`: its
    source holds the claim as a belief, expectation, hope, fear or wish (hedged: "the bank expects that …")."""
    found = cues(sentence, lang, words)
    if attributed:
        found.add("reported")
    if attitude:
        found.add("hedged")
    return next((name for name in ORDER if name in found), "asserted")
