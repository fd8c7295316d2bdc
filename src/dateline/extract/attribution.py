"""Attribution: who makes a claim (a noun phrase as written) and the reporting cue, from `data/<lang>/cues.toml`.

Patterns, tried cue by cue from left to right (the first that yields a source wins):
- source prepositions: "laut X", "nach Angaben X", "according to X", "volgens X", "selon X", "según X",
  "secondo X"; after a comma only: ", so X", ", aldus X"; postpositions: "X zufolge";
- subject + verb: "X sagte", "Das Weiße Haus sagte", "Die USA, Südkorea und die Ukraine sagen",
  "nachdem X kürzlich bestätigt hatte", the passive agent "von X gemeldet";
- verb + subject: "..., sagte X am Freitag", V2 inversion "Letzten Monat teilte X mit" (de, nl), a subject
  before an apposition or relative clause: "X, der ..., sagte";
- a quotation whose speaker follows it, possibly in the next sentence: `"…", fügt Watling hinzu.`

`[grammar]` in cues.toml describes noun phrases: `nouns_capitalised` (German: a phrase ends in capitalised
words), `determiners`, `genitive`, `coordinators`, `conjunctions` (left clause boundaries), `stop` (words that
end a phrase), `adverbs` (skipped between subject and verb), `pronouns` (not a source), `objects` (a first
field that is not the subject), `relatives` (cut a subject before a relative clause), `v2`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateline.extract.keywords import KeywordIndex, Words
from dateline.extract.lexicon import alternation, index
from dateline.model import Attribution
from dateline.resources import load

_TOKEN = re.compile(r"-?\w+(?:[-'’.]\w+)*|[^\w\s]")
_PUNCT = frozenset(",;:()[]\"„“”«»‚‘’'–—…/")
_QUOTES = frozenset("\"„“”«»‚‘’'")


def _low(words: list[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


@dataclass(frozen=True)
class Cues:
    """One language's compiled attribution cues and phrase grammar."""

    regex: re.Pattern[str] | None
    index: KeywordIndex
    kinds: tuple[str, ...]  # the group (verb, prep, post) of each of the index's keywords
    particles: dict[str, str]
    after_comma: frozenset[str]
    agents: frozenset[str]
    capitalised: bool
    v2: bool
    determiners: frozenset[str]
    genitive: frozenset[str]
    coordinators: frozenset[str]
    conjunctions: frozenset[str]
    stop: frozenset[str]
    adverbs: frozenset[str]
    pronouns: frozenset[str]
    objects: frozenset[str]
    relatives: frozenset[str]

    def matches(self, text: str, words: Words | None = None) -> list[tuple[str, int, int]]:
        """(kind, start, end) of every cue in `text`, left to right (`words`: `Words(text)`)."""
        if self.index.usable:
            return [(self.kinds[rank], a, b) for rank, a, b in self.index.find(words or Words(text))]
        if self.regex is None:
            return []
        return [(m.lastgroup or "", m.start(), m.end()) for m in self.regex.finditer(text)]


@cache
def cues(lang: str) -> Cues:
    """The compiled cues of `lang` (built once)."""
    data: dict[str, Any] = load(lang, "cues")
    att: dict[str, Any] = data.get("attribution", {})
    gram: dict[str, Any] = data.get("grammar", {})
    particles = {k.casefold(): v for k, v in att.get("particles", {}).items()}
    groups = []
    kinds: list[str] = []
    found = KeywordIndex()
    verbs = [*att.get("verbs", []), *particles]
    for name, words in (("verb", verbs), ("prep", att.get("prepositions", [])), ("post", att.get("postpositions", []))):
        if words:
            groups.append(f"(?P<{name}>{alternation(words)})")
            index(words, found)
            kinds += [name] * (len(found.regexes) - len(kinds))
    return Cues(
        regex=re.compile("|".join(groups)) if groups else None,
        index=found,
        kinds=tuple(kinds),
        particles=particles,
        after_comma=_low(att.get("after_comma", [])),
        agents=_low(att.get("agents", [])),
        capitalised=bool(gram.get("nouns_capitalised", False)),
        v2=bool(gram.get("v2", False)),
        determiners=_low(gram.get("determiners", [])),
        genitive=_low(gram.get("genitive", [])),
        coordinators=_low(gram.get("coordinators", [])),
        conjunctions=_low(gram.get("conjunctions", [])),
        stop=_low(gram.get("stop", [])) | frozenset(particles.values()),
        adverbs=_low(gram.get("adverbs", [])),
        pronouns=_low(gram.get("pronouns", [])),
        objects=_low(gram.get("objects", [])),
        relatives=_low(gram.get("relatives", [])),
    )


class _Sentence:
    """Tokens of one sentence with the helpers the patterns need."""

    def __init__(self, s: str, c: Cues, spans: list[tuple[int, int]]) -> None:
        self.s, self.c = s, c
        self.toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(s)]
        self.low = [t[0].casefold() for t in self.toks]
        self.n = len(self.toks)
        self.timex = [False] * self.n  # whether a token overlaps a TIMEX3 span
        ends = [e for _, _, e in self.toks]
        for a, b in spans:
            i = bisect_right(ends, a)
            while i < self.n and self.toks[i][1] < b:
                self.timex[i] = True
                i += 1

    def punct(self, i: int) -> bool:
        return self.toks[i][0] in _PUNCT or self.toks[i][0] in ".!?"

    def cap(self, i: int) -> bool:
        w = self.toks[i][0].lstrip("-")
        return w[:1].isupper() or (w[:1].isdigit() and not self.timex[i])

    def boundary(self, i: int) -> bool:
        return self.punct(i) or self.low[i] in self.c.conjunctions

    def stop(self, i: int) -> bool:
        return self.punct(i) or self.low[i] in self.c.stop or self.timex[i]

    def text(self, i: int, j: int) -> str:
        return self.s[self.toks[i][1] : self.toks[j - 1][2]]

    # Noun phrases: parse from token i (not past `limit`); the index after the phrase, or None.
    def np(self, i: int, limit: int | None = None) -> int | None:
        lim = self.n if limit is None else limit
        return self._np_cap(i, lim, 2) if self.c.capitalised else self._np_plain(i, lim)

    def _np_cap(self, i: int, lim: int, depth: int) -> int | None:
        k = i
        if k + 1 < lim and self.low[k] in self.c.determiners:
            k += 1
        adjectives = 0
        while k < lim and adjectives < 4 and not self.cap(k) and not self.stop(k):
            if self.low[k] in self.c.determiners:
                return None
            k, adjectives = k + 1, adjectives + 1
        if k >= lim or not self.cap(k) or self.stop(k):
            return None
        while k < lim and self.cap(k) and not self.stop(k):
            k += 1
        if depth and k < lim and self.low[k] in self.c.genitive and not self.cap(k):
            more = self._np_cap(k, lim, depth - 1)
            if more:
                k = more
        return k

    def _np_plain(self, i: int, lim: int) -> int | None:
        k = i
        while k < lim and k - i < 8 and not self.stop(k):
            k += 1
        if k == i or all(self.low[j] in self.c.determiners for j in range(i, k)):
            return None
        return k

    def phrase(self, i: int, j: int) -> bool:
        """Whether tokens [i, j) are a noun phrase, possibly coordinated ("Die USA, Südkorea und die Ukraine")."""
        k = self.np(i, j)
        while k is not None and k < j and (self.low[k] in self.c.coordinators or self.toks[k][0] == ","):
            k = self.np(k + 1, j)
        return k is not None and k == j

    def source(self, i: int, j: int) -> str | None:
        """The phrase [i, j) as written, unless it is only a pronoun."""
        if j <= i or (j - i == 1 and self.low[i] in self.c.pronouns):
            return None
        return self.text(i, j)


def _forward(t: _Sentence, i: int) -> str | None:
    """The noun phrase right after token i (skipping time expressions and adverbs before it)."""
    while i < t.n and (t.timex[i] or t.low[i] in t.c.adverbs) and not t.punct(i):
        i += 1
    if i >= t.n or t.low[i] in t.c.conjunctions:
        return None
    end = t.np(i)
    if end is None:
        return None
    return t.source(i, _cut_relative(t, i, end))


def _cut_relative(t: _Sentence, i: int, end: int) -> int:
    for k in range(i + 1, end):
        if t.low[k] in t.c.relatives:
            return k
    return end


def _first_chunk(t: _Sentence) -> str | None:
    """The sentence's first field up to its first comma, when it is a noun phrase (a subject with apposition)."""
    i = 0
    while i < t.n and t.toks[i][0] in _QUOTES:
        i += 1
    j = i
    while j < t.n and t.toks[j][0] != ",":
        j += 1
    j = _cut_relative(t, i, j)
    if j > i and j - i <= 10 and t.phrase(i, j):
        return t.source(i, j)
    return None


def _backward(t: _Sentence, cue: int) -> tuple[str | None, bool]:
    """The subject before the verb at token `cue`; the flag says the verb begins its clause."""
    j = cue - 1
    while j >= 0 and (t.timex[j] or t.low[j] in t.c.adverbs) and not t.punct(j):
        j -= 1
    b = j
    while b >= 0 and not t.boundary(b):
        b -= 1
    start, end = b + 1, j + 1
    if end <= start:
        return None, True
    if t.c.v2 and (t.stop(start) or (t.low[start] in t.c.objects and end - start == 1)):
        return None, True
    for a in range(end - 2, start - 1, -1):
        if t.low[a] in t.c.agents and t.phrase(a + 1, end):
            return t.source(a + 1, end), False
    if any(t.low[k] in t.c.coordinators for k in range(start, end)):
        while b > 0 and t.toks[b][0] == ",":
            p = b - 1
            while p >= 0 and not t.boundary(p):
                p -= 1
            if b - (p + 1) > 4 or not t.phrase(p + 1, b):
                break
            start, b = p + 1, p
    if end - start > 12:
        return None, False
    if t.phrase(start, end):
        return t.source(start, _cut_relative(t, start, end)), False
    k = t.np(start, end)
    if k is not None and k < end and not t.punct(k) and t.low[k] in t.c.stop:
        return t.source(start, k), False
    return None, False


def _find(
    t: _Sentence, hits: list[tuple[str, int, int]], only_verbs: bool = False, max_cue: int | None = None
) -> tuple[Attribution | None, bool]:
    """The first attribution that one of the cues `hits` in the sentence yields; whether a cue was seen."""
    c = t.c
    seen = False
    starts = [tok[1] for tok in t.toks]
    for kind, a, b in hits:
        if only_verbs and kind != "verb":
            continue
        i0, i1 = bisect_left(starts, a), bisect_left(starts, b)
        if max_cue is not None and i0 > max_cue:
            break
        word = t.s[a:b]
        if kind == "prep":
            if word.casefold() in c.after_comma and (i0 == 0 or t.toks[i0 - 1][0] != ","):
                continue
            if i0 > 0 and c.determiners and t.low[i0 - 1] in c.determiners:
                continue
            seen = True
            found = _forward(t, i1)
        elif kind == "post":
            seen = True
            found, _ = _backward(t, i0)
        else:
            seen = True
            particle = c.particles.get(word.casefold())
            if particle:
                if particle not in t.low[i1 : i1 + 15]:
                    continue
                word = f"{word} {particle}"
            found, initial = _backward(t, i0)
            if found is None and initial:
                found = _forward(t, i1)
                if found is None and i0 > 0 and t.toks[i0 - 1][0] == ",":
                    found = _first_chunk(t)
        if found:
            return Attribution(found, word), True
    return None, seen


def _quoted(sentence: str) -> bool:
    s = sentence.rstrip()
    return bool(s) and (s[-1] in _QUOTES or s[-2:-1] in _QUOTES or sentence.lstrip()[:1] in _QUOTES)


def attribution(
    text: str,
    start: int,
    end: int,
    lang: str,
    spans: list[tuple[int, int]] | None = None,
    words: Words | None = None,
) -> tuple[Attribution | None, bool]:
    """The attribution of `text[start:end]` and whether a reporting cue occurs in it.

    `spans` are TIMEX3 spans (offsets into `text`), `words` is `Words(text[start:end])`. A quotation without a
    speaker of its own gets the speaker named right after it (`"…", fügt Watling hinzu.`), even in the next
    sentence.
    """
    c = cues(lang)
    sentence = text[start:end]
    found, seen = None, False
    hits = c.matches(sentence, words)
    if hits:  # most sentences have no cue: skip tokenising them
        local = [(a - start, b - start) for a, b in spans or []]
        found, seen = _find(_Sentence(sentence, c, local), hits)
    if found or seen or not _quoted(sentence):  # a cue of its own ("she told reporters"): not the next speaker
        return found, seen
    tail = text[end : end + 240]
    tail = tail.lstrip(" \t")
    cut = re.search(r"[.!?](?:\s|$)|\n", tail[1:])
    tail = tail[: cut.start() + 2] if cut else tail
    after, _ = _find(_Sentence(tail, c, []), c.matches(tail), only_verbs=True, max_cue=4)
    return after, seen or after is not None
