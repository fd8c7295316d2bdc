"""Per-language timex grammar: named tables and rules from `data/<lang>/timex.toml`, a regex per rule.

A rule pattern is a regex in which `{table}` (or `{table:slot}`, `{a+b:slot}`) stands for the
alternation of a table's surface forms, longest first, captured as a named slot; a literal space
stands for a short run of whitespace. Built-in slots cover digits (`{year}`, `{day_num}`, ...).
A gate regex (the strings a match of any rule can begin with) finds where a match may start; there the rules
are tried in file order, each as its own regex, but only those whose opening strings the text there begins
with (`Grammar.match`): the first that matches wins, as in one alternation of all rules.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from dateline.resources import DATA, load

# the standard library's regex parser: used to learn which characters each rule can start with
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
_sre: Any = importlib.import_module("_sre")  # its lower case is the one `re.IGNORECASE` compares
_casefix: Any = importlib.import_module("re._casefix")

SPACE = r"[ \t\u00a0]{1,3}"
TYPES = ("DATE", "TIME", "DURATION", "SET")

# Digit grammar shared by all languages: (regex, slot).
BUILTIN: dict[str, tuple[str, str]] = {
    "year": (r"(?:1[0-9]|20)[0-9]{2}", "year"),
    "year2": (r"[0-9]{2}", "yy"),
    "year_early": (r"[1-9][0-9]{2}", "year"),  # a year before 1000, only after the word "year" ("im Jahr 578")
    "day_num": (r"0?[1-9]|[12][0-9]|3[01]", "day"),
    "month_num": (r"0?[1-9]|1[0-2]", "month"),
    "hour": (r"[01]?[0-9]|2[0-4]", "hour"),
    "minute": (r"[0-5][0-9]", "minute"),
    "minutes": (r"[1-5]?[0-9]", "minute"),  # minutes in words' company: "20 minutes past 8", "10 nach 9"
    "second": (r"[0-5][0-9]", "second"),
    "week_num": (r"0?[1-9]|[1-4][0-9]|5[0-3]", "ordinal_week"),  # an ISO week by its number ("KW 31", "week 31")
    "digits": (r"[0-9]{1,3}(?:[.,][0-9]{1,2})?", "num"),
    "decade_num": (r"(?:1[0-9]|20)[0-9]0", "decade"),
    "hundreds_num": (r"1[0-9]00", "hundreds"),  # "the 1800s": a century
}

# where a match may start: not inside a word, a number ("3.5") or a numeric date ("1/2/3")
START = r"(?<!\w)(?<![0-9][.,:])(?<![0-9][-/][0-9][-/])(?<![0-9][-/][0-9]{2}[-/])"
# nor end where a code goes on, glued by a hyphen: a word of lower then upper case letters ("2019-nCoV")
CODE_AFTER = r"(?!-(?-i:[a-z]+[A-Z]))"
PLACEHOLDER = re.compile(r"\{([a-z_+0-9]+)(?::([a-z_0-9]+))?\}")


@dataclass(frozen=True, eq=False)
class Rule:
    """One rule: its TIMEX3 type and fixed parts; slots come from the pattern's named groups."""

    index: int
    type: str
    pattern: str
    value: str | None = None
    mod: str | None = None
    sign: int = 0
    period: bool = False  # "a year earlier": relative to the last quarter/half mentioned, if any
    tense: str | None = None  # read in this tense whatever the sentence says ("Friday's close": past)
    skip: bool = False  # a name that holds date words but names no date ("The Mail on Sunday"): matched, not tagged
    continues: bool = False  # a bare day continuing a list or range of days just named ("March 3 and 4")
    slots: dict[str, str] = field(default_factory=dict)  # group name -> table name ("" = builtin)


MAX_CHOSEN = 50_000  # texts at a position whose rules are remembered (then the memo starts afresh)


@dataclass(frozen=True)
class Grammar:
    """A language's compiled timex grammar."""

    lang: str
    gate: re.Pattern[str]
    core: re.Pattern[str] | None  # every match holds one of these; None = no weak words declared
    weak: frozenset[str]  # the words that are not core words (lower case)
    rules: tuple[Rule, ...]
    tables: dict[str, dict[str, Any]]
    parts: tuple[str, ...]  # each rule's regex, a named group `r<index>`
    heads: dict[str, tuple[tuple[int, ...], tuple[int, ...]]]  # what a rule's match can begin with -> the rules
    # that can begin so, and those that can only when a non-word character follows (see `_head`)
    starts: dict[str, tuple[int, ...]]  # the first character of heads -> their rules
    anywhere: tuple[int, ...] = ()  # rules with an opening string of no head (other whitespace first): always tried
    reach: int = 1  # characters of the text `heads` look at (the longest head and the one after it)
    singles: dict[int, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)
    chosen: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def match(self, text: str, at: int) -> tuple[Rule, re.Match[str]] | None:
        """The first rule, in rule order, that matches at `at`, and its match: what one alternation of all rules
        (`_join(parts)`) matches there. Only the rules whose opening strings the text at `at` begins with are
        tried (a rule left out cannot match there), each as its own regex, compiled when first tried."""
        window = text[at : at + self.reach]
        chosen = self.chosen.get(window)
        if chosen is None:
            if len(self.chosen) >= MAX_CHOSEN:
                self.chosen.clear()
            chosen = self.chosen[window] = self._choose(window)
        for i in chosen:
            regex = self.singles.get(i)
            if regex is None:
                regex = self.singles[i] = _join((self.parts[i],))
            m = regex.match(text, at)
            if m is not None:
                return self.rules[i], m
        return None

    def _choose(self, window: str) -> tuple[int, ...]:
        """The rules, in rule order, that can match at the start of `window` (`reach` characters of a text)."""
        runs = _RUNS.sub(" ", window)  # as in heads, " " stands for a run of whitespace
        low = fold(runs)
        chosen = set(self.anywhere)
        for k in range(1, len(low) + 1):
            found = self.heads.get(low[:k])
            if found is not None:
                chosen.update(found[0])
                if k == len(runs) or not _is_word(runs[k]):
                    chosen.update(found[1])
        if len(low) < self.reach - 1:  # the window ends (a run of whitespace, the text) before the longest heads
            chosen.update(self.starts.get(low[:1], ()))
        return tuple(sorted(chosen))


def _is_word(ch: str) -> bool:
    """Whether `ch` is a word character (`\\w`)."""
    return ch.isalnum() or ch == "_"


# characters `re.IGNORECASE` holds equal beyond their lower case ("ſ" and "s"): each to one of them
_FOLD = {chr(k): chr(min(k, *more)) for k, more in _casefix._EXTRA_CASES.items()}


DIGIT = "\x02"  # in a folded text or an opening string: any digit 0-9
_DIGITS = str.maketrans(dict.fromkeys("0123456789", DIGIT))


def fold(text: str) -> str:
    """`text` as `re.IGNORECASE` compares it, character by character: each character's simple lower case, and one
    character for those it holds equal ("ſ" as "s", "İ" as "i"); each digit 0-9 as `DIGIT` (the rules tell digits
    apart little, so what follows a number tells more); as long as `text`."""
    if text.isascii():
        return text.lower().translate(_DIGITS)
    return "".join(_FOLD.get(c, c) for c in map(chr, map(_sre.unicode_tolower, map(ord, text)))).translate(_DIGITS)


def norm(surface: str) -> str:
    """Lookup key of a surface form: lower case, single spaces, no trailing period."""
    return " ".join(surface.lower().split()).rstrip(".") or surface.lower()


def alternation(forms: list[str]) -> str:
    """Regex matching any of the literal forms, longest first, factored as a trie so that a failing
    position costs one character test; spaces match short whitespace runs."""
    trie: dict[str, Any] = {}
    for form in {f.lower() for f in forms}:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


@cache
def _alternation(forms: tuple[str, ...]) -> str:
    """`alternation` of a table's forms, kept: rules name the same tables again and again."""
    return alternation(list(forms))


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [
        {" ": SPACE, NON_WORD: r"(?!\w)", DIGIT: "[0-9]"}.get(ch, re.escape(ch)) + _trie_regex(child)
        for ch, child in sorted(node.items(), key=lambda kv: kv[0])
        if ch != ""
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # a shorter form ends here: try the longer continuation first, then stop
        body = f"(?:{body})?"
    return body


def _expand(rule_no: int, pattern: str, tables: dict[str, dict[str, Any]]) -> tuple[str, dict[str, str]]:
    """Pattern with placeholders replaced by named groups `r<rule>_<slot>`; slot → table map."""
    slots: dict[str, str] = {}

    def sub(m: re.Match[str]) -> str:
        names, slot = m.group(1), m.group(2)
        if names in BUILTIN:
            regex, default_slot = BUILTIN[names]
            slot = slot or default_slot
            slots[slot] = ""
        else:
            forms: list[str] = []
            for name in names.split("+"):
                if name not in tables:
                    raise ValueError(f"unknown table {name!r} in pattern {pattern!r}")
                forms.extend(tables[name])
            regex = _alternation(tuple(forms))
            slot = slot or names.split("+")[0]
            slots[slot] = names
        if not re.fullmatch(r"[a-z_]+[0-9]?", slot) or slot in ("span",):
            raise ValueError(f"bad slot name {slot!r}")
        return f"(?P<r{rule_no}_{slot}>{regex})"

    body = PLACEHOLDER.sub(sub, _spaces(pattern))
    body = body.replace("(?P<span>", f"(?P<r{rule_no}_span>")
    return body, slots


def _join(parts: tuple[str, ...]) -> re.Pattern[str]:
    """All `parts` as one alternation, matching only where a match may start and end."""
    return re.compile(
        START + "(?:" + "|".join(parts) + r")(?!\w)" + CODE_AFTER,
        re.IGNORECASE,
    )


def _literals(rules: list[Rule]) -> set[str]:
    """Whole words written literally in the rules' patterns ("vor", "ago"), lower case."""
    words: set[str] = set()
    for rule in rules:
        literal = re.sub(r"\{[^}]*\}|\\[a-zA-Z]|\(\?[^:]*:?", " ", rule.pattern)
        words.update(w.lower() for w in re.findall(r"[^\W\d_]+", literal))
    return words


PREFIX_LEN = 8  # opening strings are cut here: longer ones sort out few more rules
GATE_LEN = 4  # gate strings are cut here: longer ones sort out few more positions but cost more to compile
PREFIX_CAP = 4000  # strings one rule may contribute before its expansion stops
_SPACE_CLASS = list(_parser.parse(SPACE.split("{")[0]))  # the characters of a whitespace run
NON_WORD = "\x01"  # in a gate string: any character but a word character (or the end) comes next


def _gate(rules: list[Rule], tables: dict[str, dict[str, Any]]) -> tuple[str, list[frozenset[tuple[str, bool]]]]:
    """Regex (to compile with `re.IGNORECASE`) of the strings a match of a rule can begin with ("the ", "dienstag",
    "3", ...), learnt from the rules (see `_opening`). Scanning for these first and trying the grammar only there
    keeps the scan fast; a leading class of the possible first characters lets the scan skip every other character
    at once. The strings are cut to GATE_LEN characters: the gate only narrows the positions, `Grammar.match` chooses
    the rules there from the longer heads.
    Hits are empty, so that one hit never hides the start of another.
    Also what each rule can begin with (`_head` of each of its strings; empty: anything, see `Grammar.match`).
    """
    strings: set[str] = set()
    per_rule: list[frozenset[tuple[str, bool]]] = []
    for rule in rules:
        given: dict[str, set[tuple[str, bool]]] = {}  # placeholder mark -> its opening strings

        def mark(m: re.Match[str], given: dict[str, set[tuple[str, bool]]] = given) -> str:
            key = chr(0xE000 + len(given))
            given[key] = _table_opening(m.group(1), tables)
            return f"({key})"  # a group: a branch of single characters would become a class

        # a whole match is followed by a non-word character, as `_join` requires
        seq = [*_parser.parse(PLACEHOLDER.sub(mark, _spaces(rule.pattern))), (_c.LITERAL, ord(NON_WORD))]
        found = _opening(seq, given)
        if found is None or any(not s or s == NON_WORD for s, _ in found):
            raise ValueError(f"a timex rule can start with any character: {rule.pattern!r}")
        strings |= {s[0] if s[0] == DIGIT else s[:GATE_LEN] for s, _ in found}
        own = frozenset(_head(s) for s, _ in found)
        # an opening string without a head (other whitespace first) says nothing: such a rule is tried everywhere
        per_rule.append(frozenset() if any(not head for head, _ in own) else own)
    lead = "(?=[" + _class({s[0] for s in strings}) + "])"
    return lead + START + "(?=" + alternation(sorted(strings)) + ")", per_rule


def _class(chars: set[str]) -> str:
    """The body of a regex character class of folded characters (`DIGIT` as 0-9)."""
    return "".join("0-9" if c == DIGIT else re.escape(c) for c in sorted(chars))


_RUNS = re.compile(SPACE.split("{")[0] + "+")  # a run of the whitespace a pattern's space matches


def _head(string: str) -> tuple[str, bool]:
    """What the text must begin with (folded, whitespace runs as one space) where an opening string matches, and
    whether a non-word character must come next: the string up to a non-word character (`NON_WORD`), or up to
    other whitespace than one pattern space or space character (a space character next to one might be a run)."""
    for k, ch in enumerate(string):
        if ch == NON_WORD:
            return string[:k], True
        if ch.isspace() and (ch != " " or string[k - 1 : k] == " " or string[k + 1 : k + 2].isspace()):
            return string[:k], False
    return string, False


def _heads(
    per_rule: list[frozenset[tuple[str, bool]]],
) -> tuple[dict[str, tuple[tuple[int, ...], tuple[int, ...]]], dict[str, tuple[int, ...]]]:
    """Each head -> the rules that can begin with it, and those that can only when a non-word character follows
    it; each first character of heads -> the rules of those heads."""
    bounded: dict[str, dict[int, bool]] = {}
    starts: dict[str, set[int]] = {}
    for i, own in enumerate(per_rule):
        for head, after in own:
            rules = bounded.setdefault(head, {})
            rules[i] = rules.get(i, True) and after
        for first in {head[0] for head, _ in own}:
            starts.setdefault(first, set()).add(i)
    return {
        head: (tuple(i for i, after in rules.items() if not after), tuple(i for i, after in rules.items() if after))
        for head, rules in bounded.items()
    }, {first: tuple(sorted(rules)) for first, rules in starts.items()}


def _table_opening(names: str, tables: dict[str, dict[str, Any]]) -> set[tuple[str, bool]]:
    """Opening strings of a placeholder: a built-in slot's regex, or the forms of its tables (whose spaces, as in
    gate strings, stand for whitespace runs)."""
    if names in BUILTIN:
        found = _opening(list(_parser.parse(BUILTIN[names][0])), {})
        if found is None:
            raise ValueError(f"built-in slot {names!r} can start with any character")
        return found
    return set(_forms_opening(tuple(form for name in names.split("+") for form in tables[name])))


@cache
def _forms_opening(forms: tuple[str, ...]) -> frozenset[tuple[str, bool]]:
    """The opening strings of a table's forms, kept: rules name the same tables again and again."""
    return frozenset((form[:PREFIX_LEN], len(form) < PREFIX_LEN) for form in map(fold, forms))


def _opening(
    seq: list[Any], given: dict[str, set[tuple[str, bool]]], limit: int = PREFIX_LEN
) -> set[tuple[str, bool]] | None:
    """The strings a match of a parsed regex sequence can start with, each with whether it is a whole match
    (which the next element may continue); None when a match can start with any character. `given` holds the
    strings of characters that stand for a whole table. Strings are cut at `limit` characters."""
    skip = 0
    while skip < len(seq) and seq[skip][0] in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        skip += 1
    if skip == len(seq):
        return {("", True)}
    op, arg = seq[skip]
    item = _element(op, arg, given, limit)
    if item is None:
        return None
    rest: set[tuple[str, bool]] | None = None
    cut: dict[int, set[tuple[str, bool]]] = {}  # the rest's strings cut to the room left after a string
    out: set[tuple[str, bool]] = set()
    for s, whole in item:
        if whole and len(s) < limit and rest is None:
            rest = _opening(seq[skip + 1 :], given, limit)
        if not whole or len(s) >= limit or rest is None:  # a prefix of every match taking this way
            if not s:
                return None
            out.add((s[:limit], False))
            continue
        room = limit - len(s)
        if room not in cut:
            cut[room] = {(r[:room], w and len(r) < room) for r, w in rest}
        out |= {(s + r, w) for r, w in cut[room]}
        if len(out) > PREFIX_CAP:  # enough: the element's own strings will do
            return None if any(not s for s, _ in item) else {(s[:limit], False) for s, _ in item}
    return out


def _element(op: Any, arg: Any, given: dict[str, set[tuple[str, bool]]], limit: int) -> set[tuple[str, bool]] | None:
    """Like `_opening`, for one element of a parsed sequence."""
    if op is _c.LITERAL:
        return given.get(chr(arg), {(fold(chr(arg)), True)})
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is _c.LITERAL:
                chars.add(fold(chr(value)))
            elif kind is _c.RANGE and value[1] - value[0] < 16:
                chars.update(fold(chr(v)) for v in range(value[0], value[1] + 1))
            elif kind is _c.CATEGORY and value is _c.CATEGORY_SPACE:
                chars.add(NON_WORD)
            else:
                return None
        if NON_WORD in chars:  # too many to list, but none is a word character
            return {(NON_WORD, False)} if all(not c.isalnum() and c != "_" for c in chars) else None
        return {(c, True) for c in chars}
    if op in (_c.SUBPATTERN, _c.ATOMIC_GROUP):
        return _opening(list(arg[-1] if op is _c.SUBPATTERN else arg), given, limit)
    if op is _c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alt in arg[1]:
            found = _opening(list(alt), given, limit)
            if found is None:
                return None
            out |= found
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = arg
        if list(body) == _SPACE_CLASS and high <= 3:  # a pattern's space: " " in a gate string stands for the run
            return {(" ", True), ("", True)} if low == 0 else {(" ", True)}
        found = _opening(list(body), given, limit)
        if found is None:
            return None
        single = [s for s, whole in found if whole and len(s) == 1]
        if len(found) == 1 and single:  # a run of one character ("[0-9]{1,3}"): each of its lengths
            out = {(single[0] * k, True) for k in range(max(low, 1), min(high, limit) + 1)}
        else:
            out = {(s, whole and (high == 1 or not s)) for s, whole in found}
        return out | {("", True)} if low == 0 else out
    return None


def _core(tables: dict[str, dict[str, Any]], literals: set[str], weak: list[str]) -> re.Pattern[str] | None:
    """Regex of the words of which every match holds at least one: the gate's words but the weak ones
    (articles, prepositions), so that runs of weak words alone ("the the the") are skipped unread."""
    if not weak:
        return None
    drop = {w.lower() for w in weak}
    forms = {w for table in tables.values() for form in table for w in form.lower().split(" ") if w}
    words = sorted((forms | literals) - drop)
    firsts = {w[0] for w in words} | set("0123456789")
    lead = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
    return re.compile(lead + r"(?:[0-9]+|(?<!\w)" + alternation(words) + ")", re.IGNORECASE)


def _spaces(pattern: str) -> str:
    """A literal space (outside character classes) matches a short whitespace run; " ?" an optional one."""
    out: list[str] = []
    in_class = escaped = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        elif ch == " " and not in_class:
            if pattern[i + 1 : i + 2] == "?":
                out.append(SPACE.replace("{1,3}", "{0,3}"))
                i += 2
                continue
            out.append(SPACE)
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


CUE_KINDS = (
    "conditional",
    "future",
    "past",
    "reporting",
    "reporting_present",
    "neutral",
)  # in this order: at one position the first kind that matches counts


@dataclass(frozen=True)
class Cues:
    """A language's tense cue words as one regex (a named group per kind), and where a cue can begin."""

    regex: re.Pattern[str]
    gate: re.Pattern[str] | None  # word starts that begin like a cue; None: a cue can begin anywhere

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """What `regex.finditer(text, pos, endpos)` finds, trying the regex only where the gate lets it (no cue can
        match empty text where the gate is used, so the two scans agree)."""
        if self.gate is None:
            yield from self.regex.finditer(text, pos, endpos)
            return
        after = pos
        for hit in self.gate.finditer(text, pos, endpos):
            at = hit.start()
            if at >= after:
                m = self.regex.match(text, at, endpos)
                if m is not None:
                    yield m
                    after = m.end()


def cue_regex(tense: dict[str, Any]) -> Cues | None:
    """One regex of a language's tense cue words (each entry may itself be a small regex), a group per kind;
    verbs of saying (`reporting`) are a kind of their own: they date the report rather than the event."""
    groups = [f"(?P<{kind}>" + "|".join(tense[kind]) + ")" for kind in CUE_KINDS if tense.get(kind)]
    if not groups:
        return None
    body = "(?:" + "|".join(groups) + ")"
    entries = [entry for kind in CUE_KINDS for entry in tense.get(kind, [])]
    openings = [_opening(list(_parser.parse(entry)), {}, GATE_LEN) for entry in entries]
    # a leading class of first characters lets `re` skip to candidate positions in C
    firsts = {s[:1] for found in openings if found is not None for s, _ in found}
    lead = (
        ""
        if None in openings or "" in firsts or NON_WORD in firsts
        else "(?=[" + _class(firsts | {c.upper() for c in firsts}) + "])"
    )
    return Cues(re.compile(lead + r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE), _cue_gate(entries, openings, lead))


def _cue_gate(entries: list[str], openings: list[set[tuple[str, bool]] | None], lead: str) -> re.Pattern[str] | None:
    """Where a cue can begin: the strings cues begin with (`openings`, each entry's) as one trie (the cues' own
    alternation tries each cue in turn), and cues that can begin with any letter ("[a-zé]{2,}(?:era|…)") as they
    are; None when a cue can match empty text."""
    strings: set[str] = set()
    anywhere: list[str] = []
    for entry, found in zip(entries, openings, strict=True):
        if found is None:
            anywhere.append(f"(?:{entry})")
        elif any(not s for s, _ in found):
            return None
        else:
            strings |= {s for s, _ in found}
    ways = "|".join([alternation(sorted(strings)), *anywhere] if strings else anywhere)
    return re.compile(lead + r"(?<!\w)(?=" + ways + ")", re.IGNORECASE)


@cache
def grammar(lang: str) -> Grammar | None:
    """The compiled grammar of `lang`, or None when the language has no timex data."""
    data = load(lang, "timex")
    if not data:
        return None
    raw: dict[str, dict[str, Any]] = data.get("tables", {})
    tables = {name: {norm(k): v for k, v in table.items()} for name, table in raw.items()}
    rules, parts = _rules(lang, data)
    gate = _stored(lang, rules, raw) or analyse(rules, raw)
    return Grammar(
        lang,
        re.compile(gate.pattern, re.IGNORECASE),
        _core(raw, _literals(rules), data.get("scan", {}).get("weak", [])),
        frozenset(w.lower() for w in data.get("scan", {}).get("weak", [])),
        tuple(rules),
        tables,
        tuple(parts),
        gate.heads,
        gate.starts,
        gate.anywhere,
        max(map(len, gate.heads), default=0) + 1,
    )


def _rules(lang: str, data: dict[str, Any]) -> tuple[list[Rule], list[str]]:
    """The rules of a language's timex data, and each one's regex as a named group `r<index>`."""
    raw: dict[str, dict[str, Any]] = data.get("tables", {})
    rules: list[Rule] = []
    parts: list[str] = []
    for i, spec in enumerate(data.get("rule", [])):
        if spec["type"] not in TYPES:
            raise ValueError(f"{lang}: bad timex type in {spec}")
        body, slots = _expand(i, spec["pattern"], raw)
        rules.append(
            Rule(
                i,
                spec["type"],
                spec["pattern"],
                spec.get("value"),
                spec.get("mod"),
                spec.get("sign", 0),
                spec.get("period", False),
                spec.get("tense"),
                spec.get("skip", False),
                spec.get("continues", False),
                slots,
            )
        )
        parts.append(f"(?P<r{i}>{body})")
    return rules, parts


class Gate(NamedTuple):
    """What `_gate` and `_heads` learn from a language's rules: the gate regex (uncompiled) and which rules can
    begin with which strings. Learning it costs most of a grammar's build, so it is also kept, per language, in
    `data/<lang>/timex.gate.json` (written by `tools/gen_gates.py`), used when its key still fits."""

    pattern: str
    heads: dict[str, tuple[tuple[int, ...], tuple[int, ...]]]
    starts: dict[str, tuple[int, ...]]
    anywhere: tuple[int, ...]


GATE_FILE = "timex.gate.json"


def analyse(rules: list[Rule], tables: dict[str, dict[str, Any]]) -> Gate:
    """The gate of `rules`, learnt from their patterns and the forms of `tables`."""
    pattern, per_rule = _gate(rules, tables)
    heads, starts = _heads(per_rule)
    return Gate(pattern, heads, starts, tuple(i for i, own in enumerate(per_rule) if not own))


def gate_key(rules: list[Rule], tables: dict[str, dict[str, Any]]) -> str:
    """A digest of all a gate is learnt from: the rules' patterns, the tables' forms and this module's code."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(orjson.dumps([[r.pattern for r in rules], {name: list(t) for name, t in tables.items()}]))
    return digest.hexdigest()


def gate_record(lang: str) -> dict[str, Any]:
    """The gate of `lang`, learnt afresh, as `data/<lang>/timex.gate.json` keeps it: heads grouped by the rules
    they select."""
    data = load(lang, "timex")
    tables: dict[str, dict[str, Any]] = data.get("tables", {})
    rules, _ = _rules(lang, data)
    gate = analyse(rules, tables)
    groups: dict[tuple[tuple[int, ...], tuple[int, ...]], list[str]] = {}
    for head, selected in gate.heads.items():
        groups.setdefault(selected, []).append(head)
    return {
        "key": gate_key(rules, tables),
        "pattern": gate.pattern,
        "heads": [[list(free), list(bounded), sorted(heads)] for (free, bounded), heads in sorted(groups.items())],
        "starts": {first: list(selected) for first, selected in sorted(gate.starts.items())},
        "anywhere": list(gate.anywhere),
    }


def _stored(lang: str, rules: list[Rule], tables: dict[str, dict[str, Any]]) -> Gate | None:
    """The gate kept for `lang`, or None when there is none, it cannot be read or its key no longer fits (the
    rules, tables or this code changed since `tools/gen_gates.py` wrote it): the gate is then learnt again."""
    try:
        record = orjson.loads((DATA / lang / GATE_FILE).read_bytes())
        if record["key"] != gate_key(rules, tables):
            return None
        heads = {head: (tuple(free), tuple(bounded)) for free, bounded, names in record["heads"] for head in names}
        starts = {first: tuple(selected) for first, selected in record["starts"].items()}
        return Gate(record["pattern"], heads, starts, tuple(record["anywhere"]))
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return None
