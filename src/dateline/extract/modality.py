"""Modality: `denied` > `hedged` > `reported` > `asserted`, from the `[modality]` cues in `data/<lang>/cues.toml`.

- `denied`: a denial word ("bestreiten", "deny", "ontkent", "dément", "niega", "nega");
- `hedged`: a hedge ("könnte", "wahrscheinlich", "soll", "reportedly", "zou", "pourrait", "podría", "potrebbe"),
  or an attribution whose cue is an attitude verb ("expects", "hofft", "craint": `attitude_lemmas`);
- `reported`: reported speech: an attribution, a reporting cue, or a `reported` word (German Konjunktiv I
  "habe", "sei", "werde"; "laut", "according to");
- otherwise `asserted`.

A phrase in the `not` list hides the cues inside it, and the reporting cues too (`refusals`: "denied access" is a
refusal, no denial of a claim and no report). A hedge inside a relative clause right after a noun (a determiner
before it, `[grammar] relatives` and `determiners`), up to the next punctuation, describes the noun and does not
hedge the claim unless the clause holds a date ("los problemas de señal que podrían surgir"; not "un plan que
podría entrar en vigor en mayo").
"""

from __future__ import annotations

from functools import cache

from dateline.extract.keywords import Words
from dateline.extract.lexicon import CategoryMatcher
from dateline.extract.tokens import Token, Tokens
from dateline.prose import verbs
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


NOUN_REACH = 5  # a determiner this many tokens before a relative pronoun at most: "los posibles problemas de señal que"


@cache
def _grammar(lang: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    grammar = load(lang, "cues").get("grammar", {})
    plurals = load(lang, "numbers").get("units", {}).get("plural_endings", [])
    return frozenset(grammar.get("relatives", [])), frozenset(grammar.get("determiners", [])), tuple(plurals)


def noun_relatives(view: Tokens) -> list[tuple[int, int]]:
    """The spans of relative clauses without a date right after a noun phrase ("los problemas de señal | que
    podrían surgir"): from the relative pronoun to the next punctuation mark."""
    relatives = _grammar(view.lang)[0]
    toks = view.tokens
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        if k < 2 or tok.low not in relatives or not _after_noun(toks, k, view.lang):
            continue
        end = next((m for m in range(k + 1, len(toks)) if toks[m].punct), len(toks))
        if end > k + 1 and not any(t.date for t in toks[k:end]):
            out.append((tok.start, toks[end - 1].end))
    return out


def _after_noun(toks: list[Token], k: int, lang: str) -> bool:
    """Whether token k follows a noun phrase in lower case that a determiner opens, with no punctuation, date or
    finite verb in it (not "said that …", "ha detto che …": a complement clause after a verb); the word before
    token k ends like a plural noun or like no verb."""
    _, determiners, plurals = _grammar(lang)
    finite = verbs(lang)
    opener = next((m for m in range(k - 2, max(-1, k - NOUN_REACH - 1), -1) if toks[m].low in determiners), None)
    last = toks[k - 1]
    if opener is None or last.cap or last.number:
        return False
    if any(t.punct or t.date or (finite and t.low in finite.finite) for t in toks[opener + 1 : k]):
        return False
    return finite is None or last.low.endswith(plurals) or not finite.has_verb(last.low)


def cues(sentence: str, lang: str, words: Words | None = None, view: Tokens | None = None) -> set[str]:
    """The modalities whose cues occur in `sentence` outside its `not` phrases; a hedge counts outside the relative
    clauses that describe a noun too (`view`: the sentence's tokens, with its dates)."""
    masks = refusals(sentence, lang, words)
    found = [(n, a, b) for n, a, b in matcher(lang).find(sentence, words) if not any(x < b and a < y for x, y in masks)]
    if view is not None and any(n == "hedged" for n, _, _ in found):
        clauses = noun_relatives(view)
        found = [(n, a, b) for n, a, b in found if n != "hedged" or not any(x <= a and b <= y for x, y in clauses)]
    return {name for name, _, _ in found}


def modality(
    sentence: str,
    lang: str,
    attributed: bool = False,
    words: Words | None = None,
    attitude: bool = False,
    view: Tokens | None = None,
) -> str:
    """The modality of `sentence`; `attributed`: an attribution or reporting cue was found in it; `attitude`: its
    source holds the claim as a belief, expectation, hope, fear or wish (hedged: "the bank expects that …");
    `view`: its tokens with its dates (without them, a hedge in a relative clause counts as well)."""
    found = cues(sentence, lang, words, view)
    if attributed:
        found.add("reported")
    if attitude:
        found.add("hedged")
    return next((name for name in ORDER if name in found), "asserted")
