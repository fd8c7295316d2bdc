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
    "day_num": (r"0?[1-9]|[12][0-9]|3[01]", "day"),
    "month_num": (r"0?[1-9]|1[0-2]", "month"),
    "hour": (r"[01]?[0-9]|2[0-4]", "hour"),
    "minute": (r"[0-5][0-9]", "minute"),
    "digits": (r"[0-9]{1,3}(?:[.,][0-9]{1,2})?", "num"),
    "decade_num": (r"(?:1[0-9]|20)[0-9]0", "decade"),
}

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
    slots: dict[str, str] = field(default_factory=dict)  # group name -> table name ("" = builtin)


@dataclass(frozen=True)
class Grammar:
    """A language's compiled timex grammar."""

    lang: str
    gate: re.Pattern[str]
    core: re.Pattern[str] | None  # every match holds one of these; None = no weak words declared
    weak: frozenset[str]  # the words that are not core words (lower case)
    starts: dict[str, tuple[int, ...]]  # the rules that can start with a given (lower-case) character
    parts: tuple[str, ...]
    rules: tuple[Rule, ...]
    tables: dict[str, dict[str, Any]]
    past: re.Pattern[str] | None
    future: re.Pattern[str] | None
    regex: re.Pattern[str]  # all rules as one alternation, in rule order

    def for_char(self, ch: str) -> re.Pattern[str] | None:
        """The grammar's regex when a rule can start with `ch`, else None.

        One regex for all rules: a rule that cannot start with `ch` fails at its first character, so a regex per
        first character would match the same, no faster, and cost ten times the compilation at start-up.
        """
        return self.regex if ch.lower() in self.starts else None


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
        (SPACE if ch == " " else re.escape(ch)) + _trie_regex(child)
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


def _join(parts: list[str]) -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?<![0-9][.,:])(?<![0-9][-/][0-9][-/])(?<![0-9][-/][0-9]{2}[-/])(?:" + "|".join(parts) + r")(?!\w)",
        re.IGNORECASE,
    )


def _starts(parts: list[str]) -> dict[str, tuple[int, ...]]:
    """For each possible first character, the rules (in order) that can start with it."""
    firsts = [first_chars(part) for part in parts]
    chars = set().union(*(f for f in firsts if f is not None))
    return {c: tuple(i for i, f in enumerate(firsts) if f is None or c in f) for c in chars}


def first_chars(pattern: str) -> set[str] | None:
    """The lower-case characters a match of `pattern` can start with; None when any character can."""
    found, nullable = _first(list(_parser.parse(pattern)))
    return None if found is None or nullable else found


def _first(seq: list[Any]) -> tuple[set[str] | None, bool]:
    """(first characters, can match empty) of a parsed regex sequence; None = any character."""
    out: set[str] = set()
    for op, arg in seq:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.LITERAL:
            return out | {chr(arg).lower(), chr(arg).upper().lower()}, False
        if op is _c.IN:
            chars: set[str] = set()
            for kind, value in arg:
                if kind is _c.LITERAL:
                    chars.add(chr(value).lower())
                elif kind is _c.RANGE and value[1] - value[0] < 64:
                    chars.update(chr(v).lower() for v in range(value[0], value[1] + 1))
                else:
                    return None, False
            return out | chars, False
        if op is _c.SUBPATTERN:
            sub, nullable = _first(list(arg[-1]))
        elif op is _c.BRANCH:
            sub, nullable = set(), False
            for alt in arg[1]:
                alt_first, alt_nullable = _first(list(alt))
                if alt_first is None:
                    return None, False
                sub |= alt_first
                nullable = nullable or alt_nullable
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            sub, nullable = _first(list(arg[2]))
            nullable = nullable or arg[0] == 0
        else:
            return None, False
        if sub is None:
            return None, False
        out |= sub
        if not nullable:
            return out, False
    return out, True


def _words(rules: list[Rule], tables: dict[str, dict[str, Any]]) -> tuple[set[str], set[str]]:
    """(first words of table forms, whole words written literally in patterns), lower case, no digits."""
    forms = {form.split(" ")[0].lower() for table in tables.values() for form in table}
    literals: set[str] = set()
    for rule in rules:
        literal = re.sub(r"\{[^}]*\}|\\[a-zA-Z]|\(\?[^:]*:?", " ", rule.pattern)
        literals.update(w.lower() for w in re.findall(r"[^\W\d_]+", literal))
    forms = {w for w in forms if w and not w[0].isdigit()}
    return forms, literals - forms


def _gate(forms: set[str], literals: set[str]) -> re.Pattern[str]:
    """Regex of the words a match can begin with: a digit, a table form (also inside a compound such as
    "Dienstagabend") or a whole word written literally in a pattern ("vor", "the", "il y a").

    Scanning for these first and trying the grammar only there keeps the scan fast; listing too many
    words costs a little time, never a match. A leading class of the possible first characters lets the
    scan skip every other character at once (punctuation runs cost nothing).
    """
    firsts = {w[0] for w in forms | literals} | set("0123456789")
    lead = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
    return re.compile(
        lead
        + r"(?<!\w)(?<![0-9][.,:])(?<![0-9][-/][0-9][-/])(?<![0-9][-/][0-9]{2}[-/])(?:[0-9]|"
        + alternation(sorted(forms))
        + "|(?:"
        + alternation(sorted(literals))
        + r")(?!\w))",
        re.IGNORECASE,
    )


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


def _cue(words: list[str]) -> re.Pattern[str] | None:
    """Regex of tense cue words (each entry may itself be a small regex)."""
    if not words:
        return None
    body = "(?:" + "|".join(words) + ")"
    firsts = first_chars(body)
    # a leading class of first characters lets `re` skip to candidate positions in C
    lead = (
        "" if firsts is None else "(?=[" + "".join(re.escape(c) + re.escape(c.upper()) for c in sorted(firsts)) + "])"
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
                slots,
            )
        )
        parts.append(f"(?P<r{i}>{body})")
    tense = data.get("tense", {})
    forms, literals = _words(rules, raw)
    return Grammar(
        lang,
        _gate(forms, literals),
        _core(raw, literals, data.get("scan", {}).get("weak", [])),
        frozenset(w.lower() for w in data.get("scan", {}).get("weak", [])),
        _starts(parts),
        tuple(parts),
        tuple(rules),
        tables,
        _cue(tense.get("past", [])),
        _cue(tense.get("future", [])),
        _join(parts),
    )
