"""Per-language timex grammar: named tables and rules from `data/<lang>/timex.toml`, one compiled regex.

A rule pattern is a regex in which `{table}` (or `{table:slot}`, `{a+b:slot}`) stands for the
alternation of a table's surface forms, longest first, captured as a named slot; a literal space
stands for a short run of whitespace. Built-in slots cover digits (`{year}`, `{day_num}`, ...).
All rules of a language are joined, in file order, into one regex scanned once over the text.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from dateline.resources import load

# the standard library's regex parser: used to learn which characters each rule can start with
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

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
}

# where a match may start: not inside a word, a number ("3.5") or a numeric date ("1/2/3")
START = r"(?<!\w)(?<![0-9][.,:])(?<![0-9][-/][0-9][-/])(?<![0-9][-/][0-9]{2}[-/])"
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


SUBSET_AFTER = 256  # asks before a first character gets its own regex: 0.7 s less CPU on the 240 test pages than 16,
# 5% more in steady state on en-tbaq (rare characters keep trying all rules)


@dataclass(frozen=True)
class Grammar:
    """A language's compiled timex grammar."""

    lang: str
    gate: re.Pattern[str]
    core: re.Pattern[str] | None  # every match holds one of these; None = no weak words declared
    weak: frozenset[str]  # the words that are not core words (lower case)
    rules: tuple[Rule, ...]
    tables: dict[str, dict[str, Any]]
    regex: re.Pattern[str]  # all rules as one alternation, in rule order
    parts: tuple[str, ...] = ()  # each rule's regex, a named group `r<index>`
    firsts: tuple[frozenset[str], ...] = ()  # the first characters each rule can begin with (empty: any)
    by_first: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)
    asked: dict[str, int] = field(default_factory=dict, compare=False, repr=False)  # `at` calls before by_first

    def at(self, ch: str) -> re.Pattern[str]:
        """The rules that can begin with `ch`, in rule order, as one regex (compiled once `ch` has been asked for
        SUBSET_AFTER times; `regex` until then): at a position where a match attempt fails, only these are tried
        rather than every rule. The same first match as `regex`, since a rule left out cannot match there."""
        found = self.by_first.get(ch)
        if found is None:
            asked = self.asked.get(ch, 0) + 1
            if asked < SUBSET_AFTER:  # compiling costs ~15 ms: as much as hundreds of tries of the whole regex
                self.asked[ch] = asked
                return self.regex
            key = ch.lower()
            if len(key) != 1 or not self.parts:
                return self.regex
            chosen = [part for part, first in zip(self.parts, self.firsts, strict=True) if not first or key in first]
            found = _join(tuple(chosen)) if chosen else self.regex
            self.by_first[ch] = found
        return found


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


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [
        {" ": SPACE, NON_WORD: r"(?!\w)"}.get(ch, re.escape(ch)) + _trie_regex(child)
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
            regex = alternation(forms)
            slot = slot or names.split("+")[0]
            slots[slot] = names
        if not re.fullmatch(r"[a-z_]+[0-9]?", slot) or slot in ("span",):
            raise ValueError(f"bad slot name {slot!r}")
        return f"(?P<r{rule_no}_{slot}>{regex})"

    body = PLACEHOLDER.sub(sub, _spaces(pattern))
    body = body.replace("(?P<span>", f"(?P<r{rule_no}_span>")
    return body, slots


@cache
def _join(parts: tuple[str, ...]) -> re.Pattern[str]:
    """All `parts` as one alternation. Kept by its parts: many first characters choose the same rules ("A" and
    "a" always), and `re`'s own cache of 512 patterns has long let these large ones go when the next asks."""
    return re.compile(
        START + "(?:" + "|".join(parts) + r")(?!\w)",
        re.IGNORECASE,
    )


def _literals(rules: list[Rule]) -> set[str]:
    """Whole words written literally in the rules' patterns ("vor", "ago"), lower case."""
    words: set[str] = set()
    for rule in rules:
        literal = re.sub(r"\{[^}]*\}|\\[a-zA-Z]|\(\?[^:]*:?", " ", rule.pattern)
        words.update(w.lower() for w in re.findall(r"[^\W\d_]+", literal))
    return words


PREFIX_LEN = 6  # gate strings are cut here: longer ones sort out few more positions
PREFIX_CAP = 4000  # strings one rule may contribute before its expansion stops
_SPACE_CLASS = list(_parser.parse(SPACE.split("{")[0]))  # the characters of a whitespace run
NON_WORD = "\x01"  # in a gate string: any character but a word character (or the end) comes next


def _gate(rules: list[Rule], tables: dict[str, dict[str, Any]]) -> tuple[re.Pattern[str], list[frozenset[str]]]:
    """Regex of the strings a match of a rule can begin with ("the ", "dienstag", "3", ...), learnt from the
    rules (see `_opening`). Scanning for these first and trying the grammar only there keeps the scan fast;
    a leading class of the possible first characters lets the scan skip every other character at once.
    Hits are empty (group 1 holds the string), so that one hit never hides the start of another.
    Also the first characters each rule can begin with (lower case; empty: any, see `Grammar.at`).
    """
    strings: set[str] = set()
    per_rule: list[frozenset[str]] = []
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
        strings |= {s[0] if s[0].isdigit() else s for s, _ in found}
        own = frozenset(s[0] for s, _ in found)
        # a pattern's space stands for any whitespace run: such a rule is tried everywhere
        per_rule.append(frozenset() if own & {" ", NON_WORD} else own)
    firsts = {s[0] for s in strings}
    lead = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
    gate = re.compile(lead + START + "(?=(" + alternation(sorted(strings)) + "))", re.IGNORECASE)
    return gate, per_rule


def _table_opening(names: str, tables: dict[str, dict[str, Any]]) -> set[tuple[str, bool]]:
    """Opening strings of a placeholder: a built-in slot's regex, or the forms of its tables (whose spaces, as in
    gate strings, stand for whitespace runs)."""
    if names in BUILTIN:
        found = _opening(list(_parser.parse(BUILTIN[names][0])), {})
        if found is None:
            raise ValueError(f"built-in slot {names!r} can start with any character")
        return found
    forms = (form.lower() for name in names.split("+") for form in tables[name])
    return {(form[:PREFIX_LEN], len(form) < PREFIX_LEN) for form in forms}


def _opening(seq: list[Any], given: dict[str, set[tuple[str, bool]]]) -> set[tuple[str, bool]] | None:
    """The strings a match of a parsed regex sequence can start with, each with whether it is a whole match
    (which the next element may continue); None when a match can start with any character. `given` holds the
    strings of characters that stand for a whole table."""
    skip = 0
    while skip < len(seq) and seq[skip][0] in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        skip += 1
    if skip == len(seq):
        return {("", True)}
    op, arg = seq[skip]
    item = _element(op, arg, given)
    if item is None:
        return None
    rest: set[tuple[str, bool]] | None = None
    cut: dict[int, set[tuple[str, bool]]] = {}  # the rest's strings cut to the room left after a string
    out: set[tuple[str, bool]] = set()
    for s, whole in item:
        if whole and len(s) < PREFIX_LEN and rest is None:
            rest = _opening(seq[skip + 1 :], given)
        if not whole or len(s) >= PREFIX_LEN or rest is None:  # a prefix of every match taking this way
            if not s:
                return None
            out.add((s[:PREFIX_LEN], False))
            continue
        room = PREFIX_LEN - len(s)
        if room not in cut:
            cut[room] = {(r[:room], w and len(r) < room) for r, w in rest}
        out |= {(s + r, w) for r, w in cut[room]}
        if len(out) > PREFIX_CAP:  # enough: the element's own strings will do
            return None if any(not s for s, _ in item) else {(s[:PREFIX_LEN], False) for s, _ in item}
    return out


def _element(op: Any, arg: Any, given: dict[str, set[tuple[str, bool]]]) -> set[tuple[str, bool]] | None:
    """Like `_opening`, for one element of a parsed sequence."""
    if op is _c.LITERAL:
        return given.get(chr(arg), {(chr(arg).lower(), True)})
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is _c.LITERAL:
                chars.add(chr(value).lower())
            elif kind is _c.RANGE and value[1] - value[0] < 16:
                chars.update(chr(v).lower() for v in range(value[0], value[1] + 1))
            elif kind is _c.CATEGORY and value is _c.CATEGORY_SPACE:
                chars.add(NON_WORD)
            else:
                return None
        if NON_WORD in chars:  # too many to list, but none is a word character
            return {(NON_WORD, False)} if all(not c.isalnum() and c != "_" for c in chars) else None
        return {(c, True) for c in chars}
    if op in (_c.SUBPATTERN, _c.ATOMIC_GROUP):
        return _opening(list(arg[-1] if op is _c.SUBPATTERN else arg), given)
    if op is _c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alt in arg[1]:
            found = _opening(list(alt), given)
            if found is None:
                return None
            out |= found
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = arg
        if list(body) == _SPACE_CLASS and high <= 3:  # a pattern's space: " " in a gate string stands for the run
            return {(" ", True), ("", True)} if low == 0 else {(" ", True)}
        found = _opening(list(body), given)
        if found is None:
            return None
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
    "future",
    "past",
    "reporting",
    "reporting_present",
)  # in this order: at one position the first kind that matches counts


def cue_regex(tense: dict[str, Any]) -> re.Pattern[str] | None:
    """One regex of a language's tense cue words (each entry may itself be a small regex), a group per kind;
    verbs of saying (`reporting`) are a kind of their own: they date the report rather than the event."""
    groups = [f"(?P<{kind}>" + "|".join(tense[kind]) + ")" for kind in CUE_KINDS if tense.get(kind)]
    if not groups:
        return None
    body = "(?:" + "|".join(groups) + ")"
    found = _opening(list(_parser.parse(body)), {})
    # a leading class of first characters lets `re` skip to candidate positions in C
    firsts = None if found is None else {s[0] for s, _ in found}
    lead = (
        ""
        if firsts is None or NON_WORD in firsts
        else "(?=[" + "".join(re.escape(c) + re.escape(c.upper()) for c in sorted(firsts)) + "])"
    )
    return re.compile(lead + r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)


@cache
def grammar(lang: str) -> Grammar | None:
    """The compiled grammar of `lang`, or None when the language has no timex data."""
    data = load(lang, "timex")
    if not data:
        return None
    raw: dict[str, dict[str, Any]] = data.get("tables", {})
    tables = {name: {norm(k): v for k, v in table.items()} for name, table in raw.items()}
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
    gate, firsts = _gate(rules, raw)
    return Grammar(
        lang,
        gate,
        _core(raw, _literals(rules), data.get("scan", {}).get("weak", [])),
        frozenset(w.lower() for w in data.get("scan", {}).get("weak", [])),
        tuple(rules),
        tables,
        _join(tuple(parts)),
        tuple(parts),
        tuple(firsts),
    )
