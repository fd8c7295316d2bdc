"""Does a sentence read as running prose? Claims are sentences, not rows of fields.

A sentence is not prose when it contains a field separator (a table row joined with " | ", a listing
"14.10.2020 ∙ 14:00 Uhr"), has the shape of a citation, copyright or embed line (`data/prose.toml`), or has no
finite verb. The verb test is language data (`data/<lang>/prose.toml`): frequent finite forms, and endings of
finite forms that a lower-case word (or the sentence's first word) may carry; a long sentence with a final stop
whose words are mostly lower case passes too (a verb the data does not know). A sentence without a main clause
is no prose either: a short noun phrase whose verb is in a relative clause running to the end (a caption:
"Malerin aus Belgien, die im 18. Jahrhundert lebte."), or a non-finite verb and a question word with no comma
(an explainer's list item: "Explaining why the council …"). A language without that file skips these tests.
The finite forms the date tagger knows (`data/<lang>/tense.toml`, `verbs.toml`) count too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.resources import load, load_shared
from dateline.timex.tense import TENSES, lexicon

MIN_LETTERS = 4  # a word shorter than this counts as a verb only when listed in `finite`
RUNNING_WORDS = 8  # without verb evidence, a sentence this long ending in . ! ? …
RUNNING_LOWER = 0.75  # … whose words are mostly lower case is running prose all the same
HEAD_WORDS = 5  # a noun phrase this short before a relative clause, without a verb, is a caption
_QUOTED = re.compile(r"[\"“”„«»].{0,1500}?[\"“”«»]")  # a quotation (its words are someone else's)
_TRAILER = re.compile(r"(?:\s+(?:#\w+|[^\w\s]*[^\w\s?!.…][^\w\s]*))*[\s\"'”“’»«)\]]*$")  # hashtags, emoticons, quotes
_CLOSING = " \"'”“’»«)]"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Verbs:
    """One language's finite-verb evidence."""

    finite: frozenset[str]
    endings: tuple[str, ...]
    other: frozenset[str]
    reader: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()  # words that open a relative clause after a comma
    pronouns: frozenset[str] = frozenset()  # subject pronouns: a head opening with one is a clause
    coordinators: frozenset[str] = frozenset()  # "und", "and": after the comma, a list of noun phrases
    opener: re.Pattern[str] | None = None  # a non-finite verb and a question word that open a sentence

    def has_verb(self, sentence: str) -> bool:
        """Whether a word of `sentence` is a listed finite form or carries a finite ending."""
        found = list(_WORD.finditer(sentence))
        for i, m in enumerate(found):
            word = m.group()
            low = word.lower().replace("’", "'")
            # a capitalised form mid-sentence is a name ("May" the month), unless a contraction ("I'm")
            if low in self.finite and (i == 0 or not word[:1].isupper() or "'" in low):
                return True
            if "'" in low and low.rsplit("'", 1)[1] in self.finite:  # an elided pronoun before it: c'est, l'ha, s'est
                return True
            # the first word may be a capitalised verb when running text follows it ("Gab es …", "Leaves the …"),
            # not a label before a colon, a date or a name ("Publicado: …", "Sábado 23 de abril", "Comunicato Stampa")
            first = (
                i == 0 and len(found) > 1 and found[1].group().islower() and sentence[m.end() : found[1].start()] == " "
            )
            lower_case = first or word == low
            stem = low.rsplit("'", 1)[-1]  # the word after an elision; a possessive "'s" is no ending ("year's")
            if lower_case and len(stem) >= MIN_LETTERS and stem not in self.other and stem.endswith(self.endings):
                return True
        return False


@cache
def _shared() -> tuple[tuple[str, ...], re.Pattern[str]]:
    data = load_shared("prose")
    shapes = "|".join(f"(?:{p})" for p in data.get("shapes", [])) or "(?!)"
    return tuple(data.get("separators", [])), re.compile(shapes, re.IGNORECASE)


@cache
def verbs(lang: str) -> Verbs | None:
    """The finite-verb evidence of `lang`, or None when the language has no `prose.toml`."""
    data = load(lang, "prose")
    if not data:
        return None
    known = lexicon(lang)  # the finite forms the date tagger reads tense from count as verbs here too,
    generated = load(lang, "verbs")  # with those two tenses share ("finit"), which tell no tense but are verbs
    tables = {form for tense in TENSES for form in generated.get(tense, [])}
    return Verbs(
        finite=frozenset(w.lower() for w in data.get("finite", []))
        | known.finite.keys()
        | known.compounds.keys()
        | tables,
        endings=tuple(data.get("endings", [])),
        other=frozenset(w.lower() for w in data.get("other", [])),
        reader=frozenset(w.lower() for w in data.get("reader", [])),
        relatives=frozenset(w.lower() for w in data.get("relatives", [])),
        pronouns=frozenset(w.lower() for w in data.get("pronouns", [])),
        coordinators=frozenset(w.lower() for w in data.get("coordinators", [])),
        opener=_opener(data),
    )


def _opener(data: dict[str, object]) -> re.Pattern[str] | None:
    """`^<word ending in a non-finite ending> <question word>`, from `nonfinite` and `question_words`."""
    endings, words = data.get("nonfinite", []), data.get("question_words", [])
    if not isinstance(endings, list) or not isinstance(words, list) or not endings or not words:
        return None
    ends = "|".join(re.escape(str(e)) for e in endings)
    after = "|".join(r"\s+".join(re.escape(p) for p in str(w).split()) for w in words)
    return re.compile(rf"^[\"'“„«]?(?P<verb>[^\W\d_]{{3,}}(?:{ends}))\s+(?:{after})\b", re.IGNORECASE)


def is_fragment(sentence: str, lang: str) -> bool:
    """Whether the sentence lacks a main clause (see the module docstring): a caption or an explainer's item."""
    found = verbs(lang)
    if found is None:
        return False
    bare = _QUOTED.sub(" ", sentence)
    opener = found.opener.match(bare) if found.opener and "," not in bare and ";" not in bare else None
    if opener and opener.group("verb").lower() not in found.other:
        return True
    comma = bare.find(", ")
    if comma <= 0 or not found.relatives or any(c in bare[comma + 1 :] for c in ",;:"):
        return False
    first = _WORD.match(bare, comma + 2)
    if first is None or first.group().lower() not in found.relatives:
        return False
    head = [w.lower() for w in _WORD.findall(bare[:comma])]
    tail = {w.lower() for w in _WORD.findall(bare[comma + 2 :])}
    return (
        0 < len(head) <= HEAD_WORDS
        and head[0] not in found.pronouns
        and not tail & found.coordinators
        and not found.has_verb(bare[:comma])
    )


def is_question(sentence: str) -> bool:
    """Whether the sentence asks or exclaims (ends in "?" or "!", possibly before closing quotes or trailing hashtags
    and emoticons): a question claims nothing, an exclamation is a cry (a recipe's "ready!", a joke, a slogan)."""
    end = _TRAILER.sub("", sentence)
    return end.endswith(("?", "!"))


def quotes_a_cry(sentence: str) -> bool:
    """Whether the sentence ends in a quotation that does not open it: its "?" or "!" is the quoted speaker's
    ("… lors d'une violente envolée : « C'est vous ! »"), not the writer's."""
    end = _TRAILER.sub("", sentence)
    closed = sentence[len(end) :].strip()
    return (
        bool(closed)
        and closed[0] in _CLOSING
        and _QUOTED.search(sentence) is not None
        and sentence[:1] not in "\"“„«'‘"
    )


def unquoted(sentence: str) -> str:
    """The sentence without its quotations: the writer's own words."""
    return _QUOTED.sub(" ", sentence)


def is_lead_in(sentence: str) -> bool:
    """Whether the sentence ends in ":": it introduces what follows (a quote, a list) and claims nothing itself."""
    return sentence.rstrip().endswith(":")


def addresses_reader(sentence: str, lang: str) -> bool:
    """Whether the sentence speaks to its reader: a second-person word outside quotation marks."""
    found = verbs(lang)
    if found is None or not found.reader:
        return False
    bare = _QUOTED.sub(" ", sentence)
    return any(m.group().lower() in found.reader for m in _WORD.finditer(bare))


def is_prose(sentence: str, lang: str) -> bool:
    """Whether `sentence` reads as running prose in `lang` (see the module docstring)."""
    separators, shapes = _shared()
    if any(sep in sentence for sep in separators) or shapes.search(sentence):
        return False
    found = verbs(lang)
    if found is None:
        return True
    return not is_fragment(sentence, lang) and (found.has_verb(sentence) or _running(sentence))


def _running(sentence: str) -> bool:
    """A long sentence with a final stop whose words are mostly lower case (a verb the data does not know)."""
    words: list[str] = _WORD.findall(sentence)
    if len(words) < RUNNING_WORDS or not sentence.rstrip("\"'”’»)").endswith((".", "!", "?", "…")):
        return False
    lower = sum(1 for w in words if w.islower())
    return lower >= RUNNING_LOWER * len(words)
