"""Modality: `denied` > `hedged` > `reported` > `asserted`, from the `[modality]` cues in `data/<lang>/cues.toml`.

- `denied`: a denial word ("bestreiten", "deny", "ontkent", "dément", "niega", "nega");
- `hedged`: a hedge ("könnte", "wahrscheinlich", "soll", "reportedly", "zou", "pourrait", "podría", "potrebbe"),
  or an attribution whose cue is an attitude verb ("expects", "hofft", "craint": `attitude_lemmas`);
- `reported`: reported speech: an attribution, a reporting cue, or a `reported` word (German Konjunktiv I
  "habe", "sei", "werde"; "laut", "according to");
- otherwise `asserted`.
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


def modality(
    sentence: str, lang: str, attributed: bool = False, words: Words | None = None, attitude: bool = False
) -> str:
    """The modality of `sentence`; `attributed`: an attribution or reporting cue was found in it; `attitude`: its
    source holds the claim as a belief, expectation, hope, fear or wish (hedged: "the bank expects that …")."""
    found = set(matcher(lang).categories(sentence, words))
    if attributed:
        found.add("reported")
    if attitude:
        found.add("hedged")
    return next((name for name in ORDER if name in found), "asserted")
