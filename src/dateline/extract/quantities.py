"""Quantities: locale-aware numbers with their qualifier (`op`), unit and unit code, from `data/<lang>/numbers.toml`.

A quantity is `[qualifier] [sign|currency] number [scale] [unit]`: "mehr als 10.000 Soldaten" (10000, `>`, person),
"1,5 Millionen" (1500000), "mehr als $5 million" (5000000, `>`, USD), "ongeveer 11.000" (`~`), "Hunderte" (100,
`>=`), "une dizaine de blessés" (10, `~`), "dreiundzwanzig" (23, see `numerals`), "2mila" (2000), "-2,7 %" (−2.7,
%), "zwei Drittel" (2/3). A decrease phrase before the number ("un calo del 2,1%") makes the value negative; a range
("zwischen drei und fünf Prozent", "tra i 40 e i 60", "15-20%") gives two quantities, `>=` and `<=`, the first
taking the unit (and, after a dash, the scale) of the second.

Not quantities: numbers inside a TIMEX3 span (dates, years, durations), calibres ("122-mm"), parts of dates and
times ("20.10.", "09./10.", "15.00 Uhr", "um neun", "9:30", "20 März", "17 Jun 2018"), footnote and list markers
("(1)", "[6]", "n° 72"), labels and addresses ("Abb. 2", "jornada 15", "Hauptstr. 12", "Kerkstraat 12"), scores
("3-1"), codes with a leading zero ("030", "Schalke 04"), an age between commas after a name ("Anna Berg, 31,
said"), model names ("Mohajer-6"), versions after a product's name written in camel case ("iPhone 4", "iOS 5"), a
bare number after a singular article (`label_articles`: "el 787", "il 787"), the second of two labels ("n° 3 et 4",
"§§ 8 bis 10", "§§ 8, 11"), time zone offsets ("GMT + 8"), bare years, years in a span ("1983 – 1988 Stefan Geyer")
and years after an apostrophe ("in '69"), a number after an abbreviation in capitals where every noun is capitalised
("AE 7", "V 15"). A minus and a space after an opening bracket are a sign ("(- 33 %"). Digits grouped by spaces
("300 000", where `thousands` has a space) are one number, but not in a phone number ("08000 736 734", "900 100
200") or before a letter, a hyphenated word or a model word (`models` in units.toml) ("18 777s", "18
777-toestellen", "50 737 MAX": aircraft models).

numbers.toml keys: `thousands` / `decimal` (separator characters), `lakh_groups` (digits grouped in twos before the
last three, as Indian English writes them: "12,34,567"), `ordinal_dot` (a number followed by "." and a
word is an ordinal, as in German), `[numerals]` number words (see `dateline.extract.numerals`), `[articles]` ("eine"
= 1, counted only before a scale or a collective noun), `[scales]` ("Millionen" = 1e6), `[glued_scales]` (written
onto digits: "2mila"), `scale_halves` (a half after a scale word: "un milione e mezzo" = 1500000), `[approximate]`
collective nouns read as `~`, after an article or alone ("une dizaine" = 10, "mezza dozzina" = 6), `[indefinite]`
("Hunderte" = 100, op `>=`), `[qualifiers]` op → phrases, `[qualifiers_after]` op → phrases after the number or its
unit ("107 or more", "12 000 personnes ou plus"), `prepositional_qualifiers` (qualifiers that are also prepositions:
none before a count below ten with no scale and no coded unit, "won over two other contenders"), `ranges` ([opener,
connector] pairs; "102 y 21 personas": a bare number joined by the `mixed` "and" takes the coded unit of the next),
`decrease` (phrases before a number that make it a decrease), `decrease_adverbs` (words between such a phrase and the
number: "caída de solo"), `label_articles`
(singular articles before which a bare number is a label or a model: "el 787", "le 747"), `modifier_articles`
(singular articles before an amount that modifies the singular noun after it, no unit: "a 107 million loss"),
`label_nouns` (nouns before which a bare number with no unit is a name: "partie 2", "programma 717", "Tag 1"),
`decrease_postposed` (words after a percentage that make it a decrease: "15,2 % de moins", "12 Prozent weniger"),
`circumfixes` (word pairs around a number that make it a rank or an exception: "de op twee na grootste"),
`[decrease_after]` `before` / `after` (a preposition before the number and a verb after the quantity that
make it one: "um 5 Prozent gesunken"), `sign_words` (an article after one is 1: "minus one"), `sign_not_after`
(determiners that make a sign word an adjective: "the negative one"), `periods`
(words before an article fraction that make it a period of the year: "third quarter", "first half"),
`[currency_scales]` (letters glued onto an amount after a currency sign: "$269m"), `[times]`
`before` (prepositions of clock times: "um"), `clock` (words after a clock time: "Uhr"), `hours` (hour words that
are clock times after a `before` word), `markers` (words before a number that is a label: "Nr.", "n°"),
`marker_endings` (endings of a word before a number that make it an address:
"…straße 7", "…straat 12"), `[units]` `stop` (words that end a unit), `link` (words between a scale and its unit:
"millions of barrels"), `price_words` (words before an amount of money: "pour 361 millions de livres"),
`measures` (units that take a following noun: "Barrel Öl"), `calibres`, `max_words` (unit length in words),
`nouns_capitalised` (German: skip lower-case adjectives to the noun), `adjectives` (adjectives written before
the noun, taken with it: "cinque nuovi aerei", "les 1 000 derniers milles"), `adjective_endings` /
`capitalised_adjectives`
(the unit ends at the first word that is not an adjective), `verb_endings` (a word with one is a verb, never a
unit: "circulera"), `plural_endings` (a number word that is no quantity alone counts before a plural noun: "neuf
moteurs"), `noun_modifiers` (English: a noun before a plural noun is taken with it: "3,728 measles cases").
Unit codes come from `data/units.toml` (`dateline.units`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, NamedTuple

from dateline.extract.keywords import Words
from dateline.extract.numerals import Numerals, numerals
from dateline.model import Quantity
from dateline.resources import load, load_shared
from dateline.units import UnitForms, unit_forms

_LAST_WORD = re.compile(r"(\w+['’]?)\s{0,3}$")
SMALL_COUNT = 10  # a `prepositional_qualifiers` word before a count below this, no scale or coded unit, is none
_CLOSING = {"(": ")", "[": "]", "{": "}", "<": ">"}
_BRACKETED = re.compile(r" ?([(\[{<])")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "U.K.": an initialism, whose last dot ends no unit
_TOKEN = re.compile(r"\s{1,3}([-\w’'.%€$]{1,60})")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MONTH_AFTER = re.compile(r"\s{0,3}(?:\w{1,3}\s{1,3})?(?:\w{1,2}['’])?([^\W\d_]+)")
# after a numeral, these make it part of something else: "20.10.", "09./10.", "15.00", "9:30", "1,2,3", "13-Jun-05"
_NOT_A_NUMERAL = re.compile(r"[.,]?[:/.,]\d|-[^\W\d]{3,4}-\d")
_SIGN = "-−"
_PHONE_BEFORE = re.compile(r"(?:\+|\d )$")
_PHONE_AFTER = re.compile(r" \d")
_GROUP_BEFORE = re.compile(r"(?<![\d.,])\d{1,3} $")  # a group of 1-3 digits and a space before a number
_PHONE = re.compile(r"0.*|\d{3}(?: \d{3}){2,}(?<! 000 000)")  # a leading 0, or 3-digit groups not ending in 000 000
_SPACE = re.compile(r"\s{1,3}")
_DIGITS = re.compile(r"\d{1,3}(?![\d.,:/])")  # digits that may continue a number written with scale words
_RANGE_DASH = re.compile(r"\s?[-–]\s?(?=\d)")
_SCORE = re.compile(r"\d{1,2}(?![\d.,:/-])")  # a score's second number: one or two digits, nothing joined to it
_SCORE_FIRST = re.compile(r"(?<![\d.,])\d{1,2}$")  # and its first number
_WORD_AFTER = re.compile(r"\s?-?\s?([^\W\d]+)")
_YEAR_AFTER = re.compile(r"\.?\s{1,3}(?:1[89]|20)\d\d(?!\d)")  # a year after a word: "Jun 2018"
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d\s?[-–]\s?$")  # "1983 – 1988": the first year of a span
_APOSTROPHE_BEFORE = re.compile(r"(?<!\S)['’]$")  # "in '69", "iLife '11": a year written with two digits
_CAMEL_BEFORE = re.compile(r"(?<![\w-])[^\W\d_A-Z]+[A-Z][\w-]* $")  # "iPhone ", "iOS ", "eBay ": a product's name
_CITATION_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*\s(?:1[89]|20)\d\d,\s(?:\d{1,5},\s)*$")  # "NJW 2002, "
_BARE = re.compile(r"\d[\d.,]*\d|\d")
_MODEL_NUMBER = re.compile(r"[1-9]\d[1-9]")  # written like a model's number: three digits, not ending in 0 ("787")
_SPACED_MINUS = re.compile(r"[(\[]\s?([-−–])\s$")  # a minus and a space after an opening bracket: "(- 33 %"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;])[\s\"'“”„«»‘’(\[–—-]*$")  # what may stand before a sentence's first word
_ELIDED = re.compile(r"[^\W\d]['’]\w")  # "l'uno", "d'entre", "qu'il"


def _norm(phrase: str) -> str:
    return " ".join(phrase.split()).casefold()


def _alt(words: list[str], case: bool = False) -> str:
    words = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(r"\s{1,3}".join(re.escape(p) for p in w.split()) for w in words)
    return f"(?:{body})" if case else f"(?i:{body})"


def _guard(phrases: list[str]) -> str:
    """A lookahead for the first characters of `phrases` (either case): a branch of the grammar is tried only
    where one of them can begin (the regex engine tries every alternative of a branch otherwise)."""
    chars = sorted({c for p in phrases if p for c in (p[0].lower(), p[0].upper())})
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


def _before(phrases: list[str]) -> re.Pattern[str] | None:
    """A regex for one of `phrases` that ends where the search ends (1–3 spaces after a word, 0–3 after "n°")."""
    if not phrases:
        return None
    words = [p for p in phrases if p[-1].isalnum()]
    signs = [p for p in phrases if not p[-1].isalnum()]
    alts = ([rf"{_alt(words)}\s{{1,3}}"] if words else []) + ([rf"{_alt(signs)}\s{{0,3}}"] if signs else [])
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)})$")


@dataclass(frozen=True)
class Grammar:
    """One language's compiled number grammar and tables."""

    regex: re.Pattern[str]
    plain: re.Pattern[str]  # the same without the fraction branch, for sentences without a denominator word
    denominators: frozenset[str]
    digits: re.Pattern[str]  # the number branch alone, tried where a word begins with a digit
    bare: re.Pattern[str]  # the number branch without a look-behind (the second number of "15-20%")
    lead: re.Pattern[str]  # a sign or currency symbol before digits (the regex is tried from there)
    scale_after: re.Pattern[str]
    money_after: re.Pattern[str]  # the same after a currency sign, with `currency_scales` ("$269m")
    scale_half: re.Pattern[str] | None  # a half after a scale word ("e mezzo")
    mixed: re.Pattern[str] | None  # the "and" between a whole number and a fraction, then white space
    scale_fraction: re.Pattern[str] | None  # "and" and a fraction after a scale word ("e tre quarti")
    fraction_words: dict[str, float]  # fractions written as one word ("driekwart" = 0.75)
    fraction_numerals: frozenset[str]  # articles that are numbers before a denominator ("one fifth")
    art_scale: re.Pattern[str] | None  # an article and a scale word ("mezzo milione", "een half miljoen")
    fraction_scale: re.Pattern[str] | None  # a scale after a fraction: "a quarter-million", "three quarters of a"
    not_ordinal: frozenset[str]  # denominators that are no ordinals: a fraction after an article ("een kwart brood")
    compounds: frozenset[str]  # nouns that make a denominator and a link word a name ("quart de finale")
    thousands: str
    decimal: str
    ordinal_dot: bool
    numerals: Numerals | None
    articles: dict[str, float]
    fractions: dict[str, float]
    scales: dict[str, float]
    glued: dict[str, float]
    approximate: dict[str, float]
    indefinite: dict[str, float]
    qualifiers: dict[str, str]
    qualifiers_after: dict[str, str]  # phrases after a number or its unit: "or more" (`>=`)
    qualifier_after: re.Pattern[str] | None  # one of them, after white space
    prepositional: frozenset[str]  # qualifiers that are also prepositions ("over", "über"): none before a small count
    label_articles: re.Pattern[str] | None  # a singular article that makes a bare number a label ("el 787")
    model_articles: re.Pattern[str] | None  # an article after which a bare model-like number is a model ("the 787")
    modifier_articles: re.Pattern[str] | None  # a singular article before an amount that modifies a noun ("a 107")
    ranges: list[tuple[re.Pattern[str] | None, str]]
    decrease: re.Pattern[str] | None  # with `decrease_adverbs` after each phrase: "caída de solo"
    fall_before: re.Pattern[str] | None  # `[decrease_after]` `before`: a preposition right before the number ("um")
    fall_after: re.Pattern[str] | None  # and `after`: a verb of falling after the quantity ("gesunken", "zurück")
    less_after: re.Pattern[str] | None  # `decrease_postposed`: after a percentage, a decrease ("15 % de moins")
    circumfixes: tuple[tuple[str, str], ...]  # words around a number that make it no amount ("op twee na")
    label_nouns: frozenset[str]  # nouns before which a bare number is a name ("partie 2", "programma 717", "Tag 1")
    plural_endings: tuple[str, ...]  # endings of plural nouns: a `not_alone` number word counts before one
    noun_modifiers: bool  # a noun before a plural noun qualifies it ("measles cases"): both are the unit
    sign_words: re.Pattern[str] | None  # words that write a minus sign, before which an article is 1 ("minus one")
    sign_not_after: frozenset[str]  # determiners that make a sign word an adjective ("the negative one")
    periods: frozenset[str]  # words before "quarter", "half" that make them a period ("third quarter")
    time_before: re.Pattern[str] | None
    markers: re.Pattern[str] | None
    coordinated: re.Pattern[str]  # a number and a range connector, comma or "and" before a number: "n° 3 et 4"
    joins: frozenset[str]  # the words for "and" (`mixed`): "102 y 21 personas" share the unit
    marker_endings: tuple[str, ...]
    months: frozenset[str]  # month names (`timex.toml`): a number before one is a day of the month
    month_abbrs: frozenset[str]  # abbreviated month names: a day of the month only before a year ("17 Jun 2018")
    clock: frozenset[str]
    hours: frozenset[str]
    units: dict[str, Any]
    unit_tokens: int  # the tokens after a number that can make its unit (the last may be a measured noun)
    forms: UnitForms
    stop: frozenset[str]
    link: frozenset[str]
    links: tuple[str, ...]  # the same, longest first
    measures: frozenset[str]
    calibres: frozenset[str]
    price_words: frozenset[str]  # words before an amount of money ("pour", "à"): `after_amount` units need one
    verb_endings: tuple[str, ...]
    nouns_capitalised: bool  # the `units` table's flags, read once
    adjective_endings: tuple[str, ...]
    adjectives: frozenset[str]  # adjectives that stand before the noun they qualify ("nuovi", "derniers", "small")
    capitalised_adjectives: bool
    max_words: int
    firsts: frozenset[str]  # the first words of the phrases that can begin a quantity
    lasts: frozenset[str]  # the last words of decrease phrases, clock prepositions and markers (a quick test)
    model: re.Pattern[str]  # a model word after a number: "737 MAX" after a count names a model
    millions: dict[str, str]  # currency symbols with a built-in million ("MEUR" → EUR)
    million_symbol: re.Pattern[str]  # one of them after a number
    leads: frozenset[str]  # the last characters of signs and currency symbols before digits
    stems: frozenset[str]  # the first three letters of number-word parts that are written together ("dreiund…")

    def matches(
        self, sentence: str, words: Words | None = None, blocked: list[tuple[int, int]] | None = None
    ) -> Iterator[re.Match[str]]:
        """Matches of `regex` tried only where a word begins with a digit, is a phrase's first word or a stem,
        and not inside a `blocked` span (a date)."""
        words = words or Words(sentence)
        firsts, stems, begins, leads = self.firsts, self.stems, words.starts, self.leads
        if stems:
            found = [
                i
                for i, low in enumerate(words.low)
                if low in firsts or low[:3] in stems or low[0].isdigit() or low[-1].isdigit()
            ]
        else:  # a word ending in a digit may be a currency code glued to its amount ("USD115")
            found = [i for i, low in enumerate(words.low) if low in firsts or low[0].isdigit() or low[-1].isdigit()]
        regex = self.plain if self.denominators.isdisjoint(words.low) else self.regex  # fractions need a denominator
        digits, lead_at = self.digits, self.lead
        dates = sorted(blocked) if blocked else []
        j, n = 0, len(dates)
        for i in found:
            start = begins[i]
            while j < n and dates[j][1] <= start:
                j += 1
            if j < n and dates[j][0] <= start:
                continue
            if not sentence[start].isdigit():
                m = regex.match(sentence, start)
            else:
                if start and (sentence[start - 1] in leads or sentence[start - 2 : start - 1] in leads):
                    before = max(0, start - 6)
                    lead = lead_at.search(sentence[before:start])
                    if lead:
                        start = before + lead.start()
                m = digits.match(sentence, start)
            if m:
                yield m


def _table(data: dict[str, Any], key: str) -> dict[str, float]:
    return {_norm(k): float(v) for k, v in data.get(key, {}).items()}


@cache
def grammar(lang: str) -> Grammar | None:
    """The compiled grammar of `lang`, or None when it has no numbers.toml."""
    data = load(lang, "numbers")
    if not data:
        return None
    thousands = str(data.get("thousands", ","))
    decimal = str(data.get("decimal", "."))
    dec = "[" + re.escape(decimal) + "]"
    units = data.get("units", {})
    calibres = [str(w) for w in units.get("calibres", [])]
    # a group after a space is no thousands group before a letter, a hyphen and a word, or a calibre: "18 777s",
    # "18 777-toestellen" (aircraft models), "220 170 mm" (220 guns of 170 mm); nor before a word that
    # names a model (`models` in units.toml): "50 737 MAX", "12 787 Dreamliner"
    calibre = rf"|\s?-?{_alt(calibres)}(?!\w)" if calibres else ""
    models = [str(m) for m in load_shared("units").get("models", [])]
    model = rf"\s{_alt(models, case=True)}(?![^\W\d])" if models else r"(?!)"
    marks, spaces = [c for c in thousands if not c.isspace()], [c for c in thousands if c.isspace()]
    group = "|".join(
        [rf"[{re.escape(''.join(marks))}]\d{{3}}"] * bool(marks)
        + [rf"[{''.join(spaces)}]\d{{3}}(?![^\W\d]|\s?[-–]\s?[^\W\d]{calibre}|{model})"] * bool(spaces)
    )
    num = rf"\d{{1,3}}(?:{group}){{1,5}}(?:{dec}\d{{1,9}})?(?!\d)|\d{{1,15}}(?:{dec}\d{{1,9}})?(?!\d)"
    if data.get("lakh_groups") and marks:  # "12,34,567": two-digit groups before the last three (lakh, crore)
        mark = re.escape(marks[0])
        num = rf"\d{{1,2}}(?:{mark}\d\d){{1,4}}{mark}\d{{3}}(?:{dec}\d{{1,9}})?(?![\d{mark}])|{num}"
    words = numerals(data)
    articles, scales, fractions = _table(data, "articles"), _table(data, "scales"), _table(data, "fractions")
    approximate, indefinite = _table(data, "approximate"), _table(data, "indefinite")
    qualifiers = {_norm(p): op for op, phrases in data.get("qualifiers", {}).items() for p in phrases}
    postposed = {_norm(p): op for op, phrases in data.get("qualifiers_after", {}).items() for p in phrases}
    adverbs = [str(a) for a in data.get("decrease_adverbs", [])]
    decrease = [str(p) for p in data.get("decrease", [])]
    decrease += [f"{p} {a}" for p in decrease for a in adverbs]  # "caída de solo 2,46 dólares"
    connectors = {_norm(str(b)) for _, b in data.get("ranges", [])} | {_norm(str(w)) for w in data.get("mixed", [])}
    forms = unit_forms(lang)
    pre = _alt(list(forms.prefix), case=True)
    # a sign before the digits, before the currency or between them: "-12", "-$3", "€ -12", "$-5"
    numeric = rf"(?P<sign>[{_SIGN}])?(?:(?P<pre>{pre})\s?(?P<psign>[{_SIGN}])?)?(?P<num>{num})"
    parts = [_guard([*"0123456789", *_SIGN, *forms.prefix]) + numeric]
    fraction = ""
    mixed = [str(w) for w in data.get("mixed", [])]
    fraction_words = _table(data, "fraction_words")
    after_scale = ""  # a fraction after a scale and "and": "cinque miliardi e tre quarti"
    if words and fractions:
        numerators = rf"{_alt(list(articles))}(?!\w)|{words.pattern}" if articles else words.pattern
        simple = rf"(?P<fnum>{numerators})(?:\s{{1,3}}|-)(?P<den>{_alt(list(fractions))})(?!\w)"
        whole = rf"(?:(?P<whole>{words.pattern})\s{{1,3}}{_alt(mixed)}\s{{1,3}})?" if mixed else ""
        fraction = _guard([*articles, *words.values, *words.hundred, *words.thousand]) + whole + simple
        after_scale = simple
    if fraction_words:
        glued_fraction = rf"(?P<fword>{_alt(list(fraction_words))})(?!\w)"
        after_scale = f"{after_scale}|{glued_fraction}" if after_scale else glued_fraction
        parts.append(_guard(list(fraction_words)) + glued_fraction)
    if articles and approximate:
        approx = rf"(?:(?P<aart>{_alt(list(articles))})\s{{1,3}})?(?P<approx>{_alt(list(approximate))})(?!\w)"
        parts.append(_guard([*articles, *approximate]) + approx)
    if articles:
        parts.append(
            _guard(list(articles))
            + rf"(?P<art>{_alt(list(articles))})(?:\s{{1,3}}|-(?={_alt(list(scales))}(?![\w-])))"
            + rf"(?P<ascale>{_alt(list(scales))})(?!\w)"
        )
    if words:
        parts.append(
            _guard([*words.values, *words.hundred, *words.thousand, *words.halves]) + rf"(?P<word>{words.pattern})"
        )
    if indefinite:
        parts.append(_guard(list(indefinite)) + rf"(?P<indef>{_alt(list(indefinite))})(?!\w)")
    qual = rf"(?:(?P<qual>{_alt(list(qualifiers))})\s{{1,3}})?" if qualifiers else ""
    regex = re.compile(
        rf"(?<![\w\-–./,:%]){qual}(?:{'|'.join([parts[0], fraction, *parts[1:]] if fraction else parts)})"
    )
    plain = re.compile(rf"(?<![\w\-–./,:%]){qual}(?:{'|'.join(parts)})")
    glued, money_glued = _table(data, "glued_scales"), _table(data, "currency_scales")
    # a scale word of a million or more may touch the digits ("2millions", "5Millionen"); a glued letter only as
    # written ("4K" is no 4000), and the letters of `currency_scales` only after a currency sign ("$269m")
    big = [w for w, v in scales.items() if v >= 1e6]
    scale_after = rf"\s{{1,3}}(?P<scale>{_alt(list(scales))})(?!\w)"
    scale_after += rf"|(?<=\d)(?P<gscale>{_alt(big)})(?!\w)" if big else ""
    money_after = scale_after
    if glued:
        scale_after += rf"|(?<=\d)(?P<glued>{_alt(list(glued), case=True)})(?!\w)"
    if glued or money_glued:  # as written: the table's keys are folded
        written = [*data.get("glued_scales", {}), *data.get("currency_scales", {})]
        money_after += rf"|(?<=\d)(?P<glued>{_alt(written, case=True)})(?!\w)"
    links = [str(w) for w in units.get("link", [])]
    times = data.get("times", {})
    parts_written_together = (
        [*words.values, *words.hundred, *words.thousand, *words.halves] if words and words.glued else []
    )
    phrases = [
        *articles,
        *approximate,
        *indefinite,
        *qualifiers,
        *(words.values if words else {}),
        *(words.hundred if words else ()),
        *fraction_words,
    ]
    phrases += [*(words.thousand if words else ()), *(words.halves if words else ())]
    return Grammar(
        regex=regex,
        plain=plain,
        model=re.compile(model),
        millions=(millions := {str(k): str(v) for k, v in load_shared("units").get("millions", {}).items()}),
        million_symbol=re.compile(rf"\s{{1,3}}({_alt(list(millions), case=True)})(?!\w)" if millions else r"(?!)"),
        denominators=frozenset(f.split()[0] for f in fractions),  # a denominator's first word ("cuartas partes")
        digits=re.compile(rf"(?<![\w\-–./,:%]){numeric}"),
        bare=re.compile(numeric),
        lead=re.compile(rf"(?:[{_SIGN}]?{pre}\s?[{_SIGN}]?|[{_SIGN}])$"),
        scale_after=re.compile(scale_after),
        money_after=re.compile(money_after),
        scale_half=re.compile(rf"\s{{1,3}}{_alt(halves)}(?!\w)") if (halves := data.get("scale_halves")) else None,
        mixed=re.compile(rf"{_alt(mixed)}\s{{1,3}}") if mixed else None,
        scale_fraction=re.compile(rf"\s{{1,3}}{_alt(mixed)}\s{{1,3}}(?:{after_scale})")
        if mixed and after_scale
        else None,
        fraction_words=fraction_words,
        fraction_numerals=frozenset(_norm(str(w)) for w in data.get("fraction_numerals", [])),
        art_scale=re.compile(rf"(?P<art>{_alt(list(articles))})\s{{1,3}}(?P<ascale>{_alt(list(scales))})(?!\w)")
        if articles and scales
        else None,
        fraction_scale=re.compile(
            rf"(?:-|\s{{1,3}}{_alt(of)}\s{{1,3}})(?P<fscale>{_alt(list(scales))})(?![\w-])"
            if (of := [str(w) for w in data.get("fraction_of", [])])
            else rf"-(?P<fscale>{_alt(list(scales))})(?![\w-])"
        )
        if scales
        else None,
        not_ordinal=frozenset(_norm(str(w)) for w in data.get("not_ordinal", [])),
        compounds=frozenset(_norm(str(w)) for w in data.get("fraction_compounds", [])),
        thousands=thousands,
        decimal=decimal,
        ordinal_dot=bool(data.get("ordinal_dot", False)),
        numerals=words,
        articles=articles,
        fractions=fractions,
        scales=scales,
        glued=glued | money_glued,
        approximate=approximate,
        indefinite=indefinite,
        qualifiers=qualifiers,
        qualifiers_after=postposed,
        qualifier_after=re.compile(rf"\s{{1,3}}({_alt(list(postposed))})(?!\w)") if postposed else None,
        prepositional=frozenset(_norm(str(p)) for p in data.get("prepositional_qualifiers", [])),
        label_articles=_before([str(a) for a in data.get("label_articles", [])]),
        model_articles=_before([str(a) for a in data.get("model_articles", [])]),
        modifier_articles=_before([str(a) for a in data.get("modifier_articles", [])]),
        ranges=[(_before([str(a)]) if a else None, _norm(str(b))) for a, b in data.get("ranges", [])],
        decrease=_before(decrease),
        fall_before=_before([str(p) for p in data.get("decrease_after", {}).get("before", [])]),
        fall_after=re.compile(rf"\s{{1,3}}{_alt(after)}(?!\w)")
        if (after := [str(p) for p in data.get("decrease_after", {}).get("after", [])])
        else None,
        less_after=re.compile(rf"\s{{1,3}}{_alt(less)}(?!\w)")
        if (less := [str(p) for p in data.get("decrease_postposed", [])])
        else None,
        circumfixes=tuple((_norm(str(a)), _norm(str(b))) for a, b in data.get("circumfixes", [])),
        noun_modifiers=bool(units.get("noun_modifiers", False)),
        plural_endings=tuple(str(e) for e in units.get("plural_endings", [])),
        label_nouns=frozenset(_norm(str(w)) for w in data.get("label_nouns", [])),
        sign_words=_before([str(p) for p in data.get("sign_words", [])]),
        sign_not_after=frozenset(_norm(str(w)) for w in data.get("sign_not_after", [])),
        periods=frozenset(_norm(str(w)) for w in data.get("periods", [])),
        time_before=_before([str(p) for p in times.get("before", [])]),
        markers=_before([str(p) for p in data.get("markers", [])]),
        joins=frozenset(_norm(str(w)) for w in data.get("mixed", [])),
        coordinated=re.compile(
            rf"(?<![\w.,])\d{{1,4}}(?:\s?[-–]\s?|,\s{{1,3}}|\s{{1,3}}{_alt(sorted(connectors))}\s{{1,3}})$"
        ),
        marker_endings=tuple(str(e).casefold() for e in data.get("marker_endings", [])),
        months=frozenset(_norm(str(m)) for m in load(lang, "timex").get("tables", {}).get("month", {})),
        month_abbrs=frozenset(_norm(str(m)) for m in load(lang, "timex").get("tables", {}).get("month_abbr", {})),
        clock=frozenset(_norm(w) for w in times.get("clock", [])),
        hours=frozenset(_norm(w) for w in times.get("hours", [])),
        units=units,
        unit_tokens=(4 if units.get("nouns_capitalised") else int(units.get("max_words", 1))) + 1,
        forms=forms,
        stop=frozenset(_norm(w) for w in units.get("stop", [])),
        link=frozenset(_norm(w) for w in links),
        links=tuple(sorted({_norm(w) for w in links}, key=len, reverse=True)),
        measures=frozenset(_norm(w) for w in units.get("measures", [])),
        calibres=frozenset(_norm(w) for w in units.get("calibres", [])),
        price_words=frozenset(_norm(w) for w in units.get("price_words", [])),
        verb_endings=tuple(str(e) for e in units.get("verb_endings", [])),
        nouns_capitalised=bool(units.get("nouns_capitalised", False)),
        adjective_endings=tuple(units.get("adjective_endings", [])),
        adjectives=frozenset(_norm(str(w)) for w in units.get("adjectives", [])),
        capitalised_adjectives=bool(units.get("capitalised_adjectives")),
        max_words=int(units.get("max_words", 1)),
        firsts=frozenset(r.group().lower() for p in phrases if (r := re.match(r"\w+", p))),
        stems=frozenset(p[:3] for p in parts_written_together),
        lasts=frozenset(
            str(p).split()[-1].casefold() for p in [*decrease, *times.get("before", []), *data.get("markers", [])]
        ),
        leads=frozenset(_SIGN) | frozenset(p[-1] for p in forms.prefix),
    )


def parse_number(digits: str, g: Grammar) -> float:
    """The value of a numeral written with the language's separators ("10.000", "1,5"); a 0 before a thousands mark
    is no thousands group, the mark is a decimal one ("0.683" in Spanish, "0,683" in English)."""
    if (
        len(digits) > 2
        and digits[0] == "0"
        and digits[1] in g.thousands
        and not digits[1].isspace()
        and digits[2:].isdigit()
    ):
        return float("0." + digits[2:])
    for ch in g.thousands:
        if ch not in g.decimal:
            digits = digits.replace(ch, "")
    if g.decimal:
        digits = digits.replace(g.decimal[0], ".")
    return float(digits)


def _written_unit(sentence: str, at: int, g: Grammar, after_scale: bool) -> tuple[str | None, int]:
    """The unit after position `at` as the word pattern of the language finds it, and where it ends."""
    tokens: list[tuple[str, int, int]] = []
    pos = at
    wanted = g.unit_tokens + (1 if after_scale else 0)
    while len(tokens) < wanted:
        m = _TOKEN.match(sentence, pos)
        if not m:
            break
        tokens.append((m.group(1).rstrip("."), m.start(1), m.start(1) + len(m.group(1).rstrip("."))))
        if m.group(1).endswith(".") and not _INITIALISM.fullmatch(m.group(1)):
            break  # a sentence's end; not an initialism's dots ("50 U.S. states")
        pos = m.end()
    if tokens and after_scale and _norm(tokens[0][0]) in g.link:
        tokens = tokens[1:]
    if not tokens:
        return None, at
    first = tokens[0][0]
    if (
        not any(c.isalnum() for c in first)  # a dash is no unit ("1950 - two years later")
        or first[:1].isdigit()
        or g.bare.match(first)
        or (low := _norm(first)) in g.stop
        or low in g.calibres
        or _elided(first, g)
    ):
        return None, at  # neither an elided article or pronoun ("20 l'uno") nor an amount ("3 USD50") begins a unit
    if g.nouns_capitalised:
        for i, (tok, _, end) in enumerate(tokens[:3]):
            if _norm(tok) in g.stop or tok[:1].isdigit():
                return None, at
            if tok[:1].isupper():
                begin = tokens[0][1]
                if _norm(tok) in g.measures and i + 1 < len(tokens) and tokens[i + 1][0][:1].isupper():
                    end = tokens[i + 1][2]
                return sentence[begin:end], end
        return None, at
    endings = g.adjective_endings
    taken: list[tuple[str, int, int]] = []
    counted = 0  # the words taken that are no listed adjective (`adjectives`: "nuovi" in "cinque nuovi aerei")
    for token in tokens:
        low = _norm(token[0])
        if counted == g.max_words or low in g.stop or token[0][:1].isdigit():
            break
        if g.verb_endings and low.endswith(g.verb_endings):
            break
        taken.append(token)
        if low in g.adjectives:
            continue
        counted += 1
        word = token[0].lstrip("-")
        capitalised = word[:1].isupper() and word.rsplit("-", 1)[-1][:1].isupper()  # not "Apple-engineers"
        plural = word.isalpha() and word.casefold().endswith(g.plural_endings)  # "Greeks": a noun
        adjective = word.casefold().endswith(endings) or (g.capitalised_adjectives and capitalised and not plural)
        if endings and not adjective:
            break
    if not taken or all(_norm(t[0]) in g.adjectives for t in taken):
        return None, at  # listed adjectives and no noun after them: "deux autres ont été blessées"
    if endings and all(t[0].islower() and t[0].endswith(endings) for t in taken):
        return None, at  # words that all end like adjectives and no noun after them: "198 recorded in", "12 andere bij"
    return sentence[taken[0][1] : taken[-1][2]], taken[-1][2]


def _elided(token: str, g: Grammar) -> bool:
    """Whether `token` begins with an elided article or pronoun that is no link word: "l'uno", "qu'il" (not
    "d'habitants", whose "d'" links a unit to its number)."""
    return bool(_ELIDED.match(token)) and _norm(token[:2]) not in g.link


def _unit(sentence: str, at: int, g: Grammar, after_scale: bool) -> tuple[str | None, str | None, int]:
    """The unit after position `at` as written, its code and where it ends; (None, None, at) when there is none.

    The word pattern of the language finds the unit ("nordkoreanische Soldaten", coded by its last word); a form
    of `data/units.toml` ("pour cent", "%", "km", "metri quadri") is taken instead when it is longer, or as long
    and the found unit has no code.
    """
    if bm := _BRACKETED.match(sentence, at):  # "20 (kg)", "45 [kg]": a unit form alone in brackets
        inner = g.forms.match(sentence, bm.end())
        if inner and sentence[inner[2] : inner[2] + 1] == _CLOSING[bm.group(1)]:
            return inner[0], inner[1], inner[2] + 1
    unit, end = _written_unit(sentence, at, g, after_scale)
    if unit and g.numerals and (read := g.numerals.read(unit)) and read[1] == len(unit.split()[0]):
        unit, end = None, at  # a number word is no unit ("un milione duemila")
    code = g.forms.code(unit)
    known = g.forms.match(sentence, at, g.links if after_scale else ())
    if known and (unit is None or known[2] >= end or (code is None and _word_end(sentence, known))):
        return known  # a unit form beats a found unit without code: "12 cm" of "12 cm frischen Schnee"
    return unit, code, end


def _after_scale(sentence: str, unit: str, end: int, g: Grammar, priced: bool) -> str | None:
    """The code of a unit that has one only after a large scale word (`after_scale` in units.toml: "361 million
    pounds" is GBP; `after_amount` only when the amount is `priced`, counted and after a price word: "pour 361
    millions de livres", not "a vendu 10 millions de livres" or "des millions de livres"), unless a measured noun
    follows it ("2 million pounds of beef", "2 Millionen Pfund Kartoffeln")."""
    code = g.forms.after_scale.get(_norm(unit)) or (g.forms.after_amount.get(_norm(unit)) if priced else None)
    if sentence[end : end + 3].lstrip().startswith(("(", "[")):
        return None  # a conversion follows: "2 million pounds (900,000 kg)"
    after = _TOKEN.match(sentence, end)
    if code is None or after is None:
        return code
    word = _norm(after.group(1))
    return code if word in g.stop and word not in g.link else None


def _word_end(sentence: str, known: tuple[str, str, int]) -> bool:
    """Whether a unit form ends a word: white space after it, or a footnote digit after a sign ("40 %1"); not the
    "t" of "t-shirts"."""
    after = sentence[known[2] : known[2] + 1]
    return after.isspace() or (after.isdigit() and not known[0][-1].isalnum())


def _group(value: float) -> float:
    """The power of 1000 that `value` is a whole multiple of, at most its own size (0 when none): 1000000 for
    5000000, 1000 for 53000."""
    room = 0.0
    power = 1000.0
    while power <= value and value % power == 0:
        room, power = power, power * 1000
    return room


def _fraction(gd: dict[str, str | None], g: Grammar) -> float:
    """The value of a matched fraction: numerator and denominator ("tre quarti") or one word ("driekwart"); 0 when
    the numerator reads as no number."""
    if gd.get("fword"):
        return g.fraction_words[_norm(str(gd["fword"]))]
    assert g.numerals is not None
    fnum = _norm(str(gd["fnum"]))
    numerator = g.articles.get(fnum) or (g.numerals.read(fnum, alone=True) or (0.0, 0))[0]  # "venti quinti"
    return numerator / g.fractions[_norm(str(gd["den"]))]


def _mixed(sentence: str, m: re.Match[str], fraction: float, g: Grammar) -> float:
    """The value of a whole number, "and" and a fraction: a mixed number when the fraction is below 1 ("twenty and
    three fifths" = 20.6, "cent et trois quarts"), else one numerator ("one hundred and thirty-two fifths" = 132/5,
    "vingt et un cinquièmes" where "vingt et un" is one number word)."""
    assert g.numerals is not None
    den = g.fractions[_norm(m.group("den"))]
    whole = 0.0
    for piece in re.split(r"\s{1,3}" + g.mixed.pattern, m.group("whole")) if g.mixed else ():
        read = g.numerals.read(piece)  # "cent et trente" is 100 + 30
        if read is None or read[1] != len(piece) or (whole and read[0] >= whole):
            return 0.0
        whole += read[0]
    joined = sentence[m.start("whole") : m.end("fnum")]
    read = g.numerals.read(joined)
    if read and read[1] == len(joined):
        return read[0] / den
    return whole + fraction if fraction < 1 else whole / den + fraction


def _half(sentence: str, at: int, value: float, factor: float, g: Grammar) -> tuple[float, int]:
    """`value` with a half or another fraction of its scale `factor` added when one follows ("un milione e mezzo",
    "cinque miliardi e tre quarti"), and its end."""
    fm = g.scale_fraction.match(sentence, at) if g.scale_fraction else None
    if (
        fm
        and (part := _fraction(fm.groupdict(), g))
        and sentence[fm.end() : fm.end() + 1] != "-"
        and not g.scale_after.match(sentence, fm.end())  # "e tre quarti di milione" is another number
    ):
        return value + factor * part, fm.end()
    hm = g.scale_half.match(sentence, at) if g.scale_half else None
    if hm is None or g.scale_after.match(sentence, hm.end()):
        return value, at  # "un miliardo e mezzo milione" is a billion and half a million
    return value + factor / 2, hm.end()


def _continued(sentence: str, at: int, value: float, g: Grammar, room: float = 0.0) -> tuple[float, int]:
    """`value` with following smaller number words added, each with its scale ("tres millones siete", "tweeduizend
    tweehonderd", "fünf Milliarden zweihundert Millionen", "zeventien miljoen drieënvijftigduizend negenhonderd");
    `room` is the scale `value` was written with ("3 hundred"). Digits continue it only before a scale word ("4
    thousand 3 hundred") or after a joiner word that follows a hundred ("3 hundred and 21"): "$5 million and 200
    workers" stays two quantities. After "and" a counted dozen is added ("dos mil y cuatro docenas" = 2048,
    "trecento e due dozzine" = 324)."""
    room = max(room, _group(value))
    dozen_only = not room and value >= 100 and value.is_integer()  # "trecento" takes only "e due dozzine"
    room = room or (value if dozen_only else 0.0)
    while room and g.numerals is not None:
        space = _SPACE.match(sentence, at)
        if not space:
            break
        pos = space.end()
        joined = g.mixed.match(sentence, pos) if g.mixed else None
        joined = joined or (g.numerals.join_word.match(sentence, pos) if g.numerals.join_word else None)
        pos = joined.end() if joined else pos  # "tweeduizend en zestien", "two thousand and five"
        am = g.art_scale.match(sentence, pos) if joined and g.art_scale else None
        if am:  # "un miliardo e mezzo milione", "een miljard en een half miljoen"
            scale = g.scales[_norm(am.group("ascale"))]
            part, end = g.articles[_norm(am.group("art"))] * scale, am.end()
            if not 0 < part < room or sentence[end : end + 1].isalnum():
                break
            value, at, room = value + part, end, scale
            continue
        more = g.numerals.read(sentence[pos : pos + 160])
        digits = _DIGITS.match(sentence, pos) if more is None else None
        if digits:
            more = float(digits.group()), digits.end() - pos
        if more is None:
            break
        part, end = more[0], pos + more[1]
        sm = g.scale_after.match(sentence, end)
        scale = g.scales[_norm(sm.group("scale"))] if sm and sm.group("scale") else 0.0
        scale_joined = not g.numerals.joined_after or g.numerals.thousand & g.numerals.joined_after
        if (dozen_only or (joined and not scale_joined)) and not (joined and 1 < scale < 1000):
            break  # "trecento e due dozzine"; Spanish "y" joins no scales: "cinco mil millones y tres cuartos"
        if digits and scale < 100 and not (joined and room == 100):
            break
        scaled = scale >= 1000 or (digits is not None and scale >= 100) or (digits is None and 1 < scale < 100)
        if scaled:
            part, end = part * scale, sm.end() if sm else end
        if not 0 < part < room or sentence[end : end + 1].isalnum():
            break
        value, at = value + part, end
        room = scale if scaled and scale >= 100 else _group(part)
    return value, at


def _inside_unit(sentence: str, start: int, g: Grammar) -> bool:
    """Whether the number word at `start` ends a unit that begins with the word before it ("por ciento")."""
    tail = sentence[max(0, start - 12) : start]
    if not tail.endswith((" ", "-")):
        return False
    before = tail[:-1].rsplit(" ", 1)[-1]
    known = g.forms.words_at(sentence, start - 1 - len(before)) if before else None
    return bool(known and known[2] > start)


def _before_unit(sentence: str, start: int, word: str, g: Grammar) -> tuple[float, int] | None:
    """A number word that is no quantity on its own ("sei" = you are, "neuf" = new), read before a unit with a code
    ("sei miglia", "neuf personnes") or a plural noun (`plural_endings`: "neuf moteurs", not "un moteur neuf mais");
    an article stays an article ("un euro")."""
    assert g.numerals is not None
    if _norm(word) in g.articles:
        return None
    read = g.numerals.read(word, alone=True)
    if read is None or _norm(word[: read[1]]) in g.articles:
        return None
    unit, code, _ = _unit(sentence, start + read[1], g, False)
    plural = bool(unit and unit.islower() and len(unit) > 3 and unit.endswith(g.plural_endings))
    return read if code or plural else None


def _after_sign(sentence: str, start: int, word: str, floor: int, g: Grammar) -> tuple[float, int] | None:
    """An article read as the number 1 after a word that writes a minus sign ("minus one", "min een"), unless that
    word is the unit of the quantity before it ("30 min een doelpunt") or follows an article or a `sign_not_after`
    determiner ("a negative one", "the negative one" are pronoun phrases)."""
    value = g.articles.get(_norm(word))
    if value != 1 or g.sign_words is None:
        return None
    sm = g.sign_words.search(sentence, max(floor, start - 12), start)
    if sm is None:
        return None
    before = _LAST_WORD.search(sentence, max(0, sm.start() - 12), sm.start())
    determiner = before is not None and (
        _norm(before.group(1)) in g.articles or _norm(before.group(1)) in g.sign_not_after
    )
    return None if determiner else (value, len(word))


def _excluded(sentence: str, start: int, end: int, g: Grammar, number: str) -> bool:
    """Whether the number at [start, end) is a calibre, part of a date or time, a marker, ordinal or model name."""
    rest = sentence[end : end + 16]
    if _NOT_A_NUMERAL.match(rest):
        return True
    if number[:1] == "0" and number[1:2].isdigit():
        return True  # a leading zero writes a code or a phone number, not an amount: "000", "08000", "Schalke 04"
    if " " in number and (
        _PHONE_BEFORE.search(sentence, max(0, start - 2), start) or _PHONE_AFTER.match(rest) or _PHONE.fullmatch(number)
    ):
        return True  # groups of a phone number, not thousands: "08000 736 734", "+49 611 7878", "900 100 200"
    if " " in g.thousands and len(number) == 3 and _GROUP_BEFORE.search(sentence, max(0, start - 5), start):
        return True  # the last group of digits not read as one number (a phone number): "555 123 456"
    if start and sentence[start - 1] in "([" and rest[:1] in ")]":
        return True
    tail = sentence[max(0, start - 24) : start].rstrip()
    word = tail[tail.rfind(" ") + 1 :].casefold().lstrip('(["„“«')
    if g.markers and word in g.lasts and g.markers.search(sentence, max(0, start - 12), start):
        return True
    c = g.coordinated.search(sentence, max(0, start - 16), start) if g.markers else None
    if c and g.markers and g.markers.search(sentence, max(0, c.start() - 12), c.start()):
        return True  # the second of two labels: "n° 3 et 4", "§§ 8 bis 10"
    if any(word.endswith(e) and word != e for e in g.marker_endings):
        return True  # an address: "Bahnhofstraße 7"
    if tail.endswith(",") and rest[:2] == ", " and number.isdigit() and tail[:-1].rsplit(" ", 1)[-1][:1].isupper():
        return True  # an age after a name: "Anna Berg, 31, said"
    if g.model.match(rest) and re.search(r"\d\s$", sentence[max(0, start - 2) : start]):
        return True  # a model after a count: "50 737 MAX"
    m = _WORD_AFTER.match(rest)
    if m and _norm(m.group(1)) in g.calibres:
        return True
    return g.ordinal_dot and bool(re.match(r"\.\s+\w", rest)) and number.isdigit()


class _Found(NamedTuple):
    quantity: Quantity
    clock: bool  # a bare number after a clock preposition ("um neun"): dropped unless it is part of a range


# a word after a word and a space, or after a space and a quote mark ("le «Telenotícies 1 »")
_NAME_BEFORE = re.compile(r"(?:(?<=[\w,;)] )|(?<= [«“„\"]))([^\W\d_][\w\-]*) $")
_CAPITALS_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ]{1,4}) $")  # an abbreviation in capitals: "AE 7", "V 15"


def _after_name(sentence: str, start: int, g: Grammar, bare: bool) -> bool:
    """Whether a capitalised word that begins no sentence stands right before `start`: a bare number after it is
    part of a name ("the Boeing 787", "Windows 10"). Where every noun is capitalised, only an abbreviation in
    capitals is a name, one of several letters only before a number with no unit (`bare`): "AE 7-Stadt", "Acer
    Aspire V 15 Nitro", not "erhielt die SPD 120 Sitze"."""
    if g.nouns_capitalised:
        c = _CAPITALS_BEFORE.search(sentence, max(0, start - 6), start)
        return c is not None and c.start() > 0 and (bare or len(c.group(1)) == 1)
    m = _NAME_BEFORE.search(sentence, max(0, start - 40), start)
    if m is None or not m.group(1)[:1].isupper():
        return False
    low = _norm(m.group(1))
    return low not in g.stop and low not in g.months


def _year_written(sentence: str, start: int, number: str) -> bool:
    """Whether the digits `number` at `start` write a year: the second of a span of years ("von 1983 – 1988 Stefan
    Geyer") or two digits after an apostrophe ("in '69", "iLife '11")."""
    if _YEAR.fullmatch(number):
        return bool(_YEAR_BEFORE.search(sentence, max(0, start - 8), start))
    return len(number) == 2 and bool(_APOSTROPHE_BEFORE.search(sentence, max(0, start - 2), start))


def _labelled(sentence: str, q: Quantity, g: Grammar) -> bool:
    """Whether a bare number after a singular article (`label_articles`) is a label or a model, no count: "el 787
    ilustra", "il 787", "le 747" (a count after one has a unit with a code: "el 24 %", "al 5 por ciento"); after an
    article that is also plural (`model_articles`), a number written like a model, three digits not ending in 0, with
    no counted noun after it: "the 787", "the 777 crashed", "de 777 stortte neer" (a count there is round or has its
    noun: "the 300 were freed", "the 239 passengers")."""
    if q.op != "=" or q.unit_code is not None:
        return False
    digits = _BARE.match(q.text)
    if digits is None or parse_number(digits.group(), g) != q.value:
        return False
    before = max(0, q.start - 12)
    if g.label_articles is not None and g.label_articles.search(sentence, before, q.start):
        return True
    model = _MODEL_NUMBER.fullmatch(digits.group()) is not None and (q.unit is None or not _counted_noun(q.unit, g))
    return model and g.model_articles is not None and bool(g.model_articles.search(sentence, before, q.start))


def _modifies(sentence: str, begin: int, unit: str, g: Grammar) -> bool:
    """Whether an amount after a singular article (`modifier_articles`) modifies the singular noun after it, which
    is no unit: "a 107 million loss", "a 20 point lead" (not "a 100 metres race", whose unit has a code)."""
    article = g.modifier_articles is not None and g.modifier_articles.search(sentence, max(0, begin - 6), begin)
    return bool(article) and not _plural_s(_norm(unit.split()[-1]))


def _plural_s(low: str) -> bool:
    """Whether an English word in lower case ends like a plural: "cases", not "loss", "thus", "this"."""
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _counted_noun(unit: str, g: Grammar) -> bool:
    """Whether a unit without a code opens with a noun that can be counted: a capitalised word where every noun is
    capitalised, else a plural (`plural_endings`; a language without them: any word). Not "787 late", "787 te
    laat", "787 fehlt"."""
    first = unit.split()[0]
    if g.nouns_capitalised:
        return first[:1].isupper()
    return not g.plural_endings or first.casefold().endswith(g.plural_endings)


def _modified(sentence: str, unit: str, end: int, g: Grammar) -> tuple[str, str | None, int]:
    """A one-word unit with the plural noun after it that it qualifies ("3,728 measles cases", "12,000 asylee
    hopefuls"); the unit as it was when none follows."""
    after = _TOKEN.match(sentence, end)
    if " " in unit or not unit.islower() or after is None:
        return unit, None, end
    word = after.group(1).rstrip(".")
    low = _norm(word)
    plural = len(word) > 3 and _plural_s(low)
    if not (plural and word.isalpha() and word.islower()):
        return unit, None, end
    if low in g.stop or (g.verb_endings and low.endswith(g.verb_endings)):
        return unit, None, end
    longer = sentence[end - len(unit) : after.start(1) + len(word)]
    return longer, g.forms.code(longer), after.start(1) + len(word)


def _after_label(sentence: str, begin: int, g: Grammar) -> bool:
    """Whether a `label_nouns` noun stands right before `begin` ("partie 2", "aeromobili 737")."""
    before = _LAST_WORD.search(sentence, max(0, begin - 20), begin)
    return before is not None and _norm(before.group(1)) in g.label_nouns


def _circumfixed(sentence: str, begin: int, end: int, g: Grammar) -> bool:
    """Whether the number at [begin, end) stands between the two words of a `circumfixes` pair ("op twee na"); an
    empty second word is the end of the clause ("nam de regels in acht.")."""
    before = _LAST_WORD.search(sentence, max(0, begin - 12), begin)
    if before is None:
        return False
    after = _TOKEN.match(sentence, end)
    word = after.group(1).rstrip(".") if after else ""
    return (_norm(before.group(1)), _norm(word)) in g.circumfixes


def _month_after(sentence: str, at: int, g: Grammar) -> bool:
    """Whether a month name follows `at`, after a short preposition or an elided one ("de mars", "d'agosto")."""
    m = _MONTH_AFTER.match(sentence, at)
    return m is not None and _norm(m.group(1)) in g.months


def _governed(sentence: str, begin: int, qual: str, g: Grammar) -> bool:
    """Whether the qualifier `qual` at `begin` is a preposition (`prepositional_qualifiers`) governed by the word
    before it ("won over", "the fight over"); after a function word (`[units] stop`) it is a qualifier ("by over
    two points", "mit über drei Toren")."""
    if _norm(qual) not in g.prepositional:
        return False
    before = _LAST_WORD.search(sentence, max(0, begin - 30), begin)
    return before is None or _norm(before.group(1)) not in g.stop


def _after_space(sentence: str, i: int) -> int:
    """The index of the first character at or after `i` that is no white space."""
    return len(sentence) - len(sentence[i:].lstrip())


def _read(sentence: str, m: re.Match[str], g: Grammar, floor: int = 0) -> _Found | None:
    """The quantity of one grammar match, or None when it is none; `floor` is the end of the quantity before it
    (its unit is no decrease phrase: "30 min 20 sec")."""
    gd = m.groupdict()
    qual, number, word, sign = gd.get("qual"), gd["num"], gd.get("word"), gd["sign"] or gd["psign"]
    begin = m.start("qual") if qual else m.start()
    op = g.qualifiers[_norm(qual)] if qual else "="
    core_end = m.end()
    scaled = False
    room = 0.0  # the scale a number in digits was written with ("3 hundred")
    if number:
        if _excluded(sentence, m.start("num"), m.end("num"), g, number):
            return None
        value = parse_number(number, g)
        if not sign and not qual and (spaced := _SPACED_MINUS.search(sentence, max(0, begin - 4), begin)):
            begin, sign = spaced.start(1), spaced.group(1)  # "(- 33 % pour le semestre)"
        if sign:
            value = -value
    elif gd.get("approx"):
        value = g.articles[_norm(gd["aart"])] if gd["aart"] else 1.0
        value *= g.approximate[_norm(gd["approx"])]
        op = op if qual else "~"
        scaled = True
    elif gd.get("art"):
        factor = g.scales[_norm(gd["ascale"])]
        part = g.articles[_norm(gd["art"])]
        bare = part < 1 and " " not in gd["art"].strip()  # "half", "quarter" without an article
        w = _LAST_WORD.search(sentence, max(0, begin - 20), begin) if bare else None
        if w and _norm(w.group(1)) in g.periods:
            return None  # "the third quarter billion-dollar loss", "the first half million-dollar sale"
        value = part * factor
        scaled = True
        value, core_end = _half(sentence, core_end, value, factor, g)
        longer = g.numerals.read(sentence[m.start("art") : m.start("art") + 160]) if g.numerals else None
        if longer and m.start("art") + longer[1] > m.end():  # "one hundred and sixteen"
            value, core_end, word = longer[0], m.start("art") + longer[1], gd["art"]
    elif gd.get("den") or gd.get("fword"):
        assert g.numerals is not None
        value = _fraction(gd, g)
        if not value:
            return None
        after = _TOKEN.match(sentence, m.end())
        fs = g.fraction_scale.match(sentence, m.end()) if g.fraction_scale and not gd.get("whole") else None
        if fs:  # "a quarter-million" = 250000, "three-quarters of a million" = 750000
            value *= g.scales[_norm(fs.group("fscale"))]
            core_end, scaled, after = fs.end(), True, None
        elif sentence[m.end() : m.end() + 1] == "-":
            return None  # "a third-level hospital", "Zwei-Drittel-Mehrheit"
        fnum = _norm(gd.get("fnum") or "")
        ends = after is None and (gd.get("whole") or fnum in g.fraction_numerals)  # "fell by one fifth."
        ends = ends or _norm(gd.get("den") or "") in g.not_ordinal  # "een kwart brood", "baissé d'un quart"
        sm = g.scale_after.match(sentence, m.end())
        ends = ends or bool(fs) or bool(sm and sentence[sm.end() : sm.end() + 1] != "-")  # "a quarter million"
        linked = _TOKEN.match(sentence, after.end()) if after and _norm(after.group(1)) in g.link else None
        if linked and _norm(linked.group(1).rstrip(".")) in g.compounds:
            return None  # "un quart de finale", "un quarto di finale": a round of a tournament
        if fnum in g.articles and not ends and (after is None or _norm(after.group(1)) not in g.stop | g.link):
            return None  # after an article, a fraction is of something: "a third term", "d'un tiers" are no fractions
        if gd.get("whole"):
            value = _mixed(sentence, m, value, g)
            if not value:
                return None
    elif word:
        assert g.numerals is not None
        if word[:1].isupper() and not _SENTENCE_START.search(sentence, max(0, begin - 12), begin):
            return None  # a capitalised number word inside a sentence is part of a name: "Miss Goody Two-Shoes"
        read = (
            g.numerals.read(word)
            or _before_unit(sentence, m.start("word"), word, g)
            or _after_sign(sentence, m.start("word"), word, floor, g)
        )
        if read is None:
            return None
        value, length = read
        core_end = m.start("word") + length
        if sentence[core_end : core_end + 1].isalnum() or _inside_unit(sentence, m.start("word"), g):
            return None
    else:
        value = g.indefinite[_norm(gd["indef"])]
        op = op if qual else ">="
        scaled = True
    if number or word or gd.get("den") or gd.get("fword"):
        sm = (g.money_after if gd["pre"] else g.scale_after).match(sentence, core_end)  # "drei Viertel Milliarde"
        if sm:
            sg = sm.groupdict()
            written = sg["scale"] or sg.get("gscale")
            factor = g.scales[_norm(written)] if written else g.glued[_norm(sg["glued"])]
            value, core_end = _half(sentence, sm.end(), value * factor, factor, g)
            scaled = True
            room = factor if number and factor >= 100 else 0.0
    if word or (scaled and (number or gd.get("art"))):
        value, core_end = _continued(sentence, core_end, value, g, room)
    unit: str | None
    code: str | None
    if gd["pre"]:
        unit, code, end = gd["pre"], g.forms.prefix[gd["pre"]], core_end
    else:
        unit, code, end = _unit(sentence, core_end, g, scaled)
        if not scaled and (mm := g.million_symbol.match(sentence, core_end)):
            value, unit, code, end = value * 1e6, mm.group(1), g.millions[mm.group(1)], mm.end()  # "120 MEUR"
        elif code and not scaled and unit == code and (sm := g.scale_after.match(sentence, end)) and sm.group("scale"):
            value, end = value * g.scales[_norm(sm.group("scale"))], sm.end()  # "75 USD million", "75 USD millones"
        elif code is None and unit and scaled and abs(value) >= 1e6:
            counted = not (gd.get("indef") or gd.get("approx"))
            before = _LAST_WORD.search(sentence, max(0, begin - 30), begin)
            priced = counted and before is not None and _norm(before.group(1)) in g.price_words
            code = _after_scale(sentence, unit, end, g, priced)
        if g.noun_modifiers and unit and code is None and abs(value) != 1:
            unit, code, end = _modified(sentence, unit, end, g)
        if unit and code is None and _modifies(sentence, begin, unit, g):
            unit, end = None, core_end  # "a 107 million loss": the amount modifies the noun, no unit
    if qual and not scaled and code is None and abs(value) < SMALL_COUNT and _governed(sentence, begin, qual, g):
        begin, op = _after_space(sentence, m.end("qual")), "="  # "won over two other contenders": a preposition
    if g.qualifier_after and op == "=" and (qa := g.qualifier_after.match(sentence, end if unit else core_end)):
        op = g.qualifiers_after[_norm(qa.group(1))]  # "107 or more", "12 000 personnes ou plus"
        if unit is None:
            unit, code, end = _unit(sentence, qa.end(), g, scaled)
        else:
            end = qa.end()
    if unit is None and number and not scaled and _YEAR.fullmatch(number):
        return None
    if number and not scaled and code is None and _year_written(sentence, m.start("num"), number):
        return None
    if unit is None and number and _CITATION_BEFORE.search(sentence, max(0, begin - 60), begin):
        return None  # a page of a cited journal: "GRUR 1980, 242, 245", "NJW-RR 2002, 1700"
    if (number or word) and g.circumfixes and _circumfixed(sentence, begin, core_end, g):
        return None  # a rank or an exception: "de op twee na grootste", "alle op twee na"
    if (
        number
        and not scaled
        and not sign
        and code is None
        and _CAMEL_BEFORE.search(sentence, max(0, begin - 30), begin)
    ):
        return None  # a version or model after a product's name: "iPhone 4", "iOS 5 saranno"
    if unit is None and number and not scaled and not qual and not sign and _after_label(sentence, begin, g):
        return None  # a name: "partie 2", "programma 717", "am Tag 1 der Messe"
    named_unit = unit is not None and code is None and unit[:1].isupper()  # "France 2 Gilles Jacquier": a name
    if word and named_unit and word[:1].isupper() and not g.nouns_capitalised and not _counted_noun(unit or "", g):
        return None  # a capitalised number word before a name, no plural: "Otto Rehhagel", not "Three Americans"
    if (
        (unit is None or named_unit)
        and number
        and not scaled
        and not qual
        and not sign
        and _after_name(sentence, begin, g, unit is None)
    ):
        return None  # part of a name: "the Boeing 787", "released Windows 10", "de France 2 Gilles Jacquier"
    if (
        number
        and core_end == m.end("num")
        and sentence[core_end : core_end + 1].isalpha()
        and (unit is None or end - len(unit) != core_end)
    ):
        return None  # "30th", "1er", "3G", "iPhone 4S": a letter on the digits that is no unit
    low = _norm(unit) if unit else None
    if low in g.clock or (low and low.split()[0] in g.months):
        return None  # a clock time or a day of a month ("18. bis 20 März")
    if low in g.month_abbrs and _YEAR_AFTER.match(sentence, end):
        return None  # a day of an abbreviated month before a year: "17 Jun 2018" (not "3 set a 1")
    if gd.get("approx") and _month_after(sentence, core_end, g):
        return None  # "la quinzaine d'août", "la seconda quindicina d'agosto": a part of a month, no amount
    tail = sentence[max(0, begin - 40) : begin].rstrip()
    last = tail[tail.rfind(" ") + 1 :].casefold()
    if g.decrease and not sign and last in g.lasts:
        d = g.decrease.search(sentence, max(floor, begin - 40), begin)
        if d:
            begin, value = d.start(), -abs(value)
    if code == "%" and g.less_after and value > 0 and (la := g.less_after.match(sentence, end)):
        end, value = la.end(), -value  # "15,2 % de moins", "12 Prozent weniger", "20% less"
    if g.fall_after and g.fall_before and value > 0 and (fa := g.fall_after.match(sentence, end)):
        fb = g.fall_before.search(sentence, max(floor, begin - 12), begin)
        if fb:  # "um 5 Prozent gesunken", "met 5 procent gedaald"
            begin, end, value = fb.start(), fa.end(), -value
    clock = bool(
        0 <= value <= 24  # an hour of the day
        and (low is None or low in g.hours)
        and last in g.lasts
        and g.time_before
        and g.time_before.search(sentence, max(0, begin - 20), begin)
    )
    return _Found(Quantity(sentence[begin:end], value, op, unit, begin, end, code), clock)


def _ranges(sentence: str, found: list[_Found], g: Grammar) -> list[_Found]:
    """Pairs of quantities joined as a range ("zwischen drei und fünf Prozent") read as `>=` and `<=`."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i].quantity, out[i + 1].quantity
        if out[i].clock and out[i + 1].clock:
            continue  # "dalle 8 alle 20" is a span of clock times
        if a.op != "=" or b.op != "=" or (a.unit is not None and a.unit_code != b.unit_code):
            continue
        between = _norm(sentence[a.end : b.start])
        if a.unit is None and b.unit_code and between in g.joins and not _ranged(sentence, a, g):
            out[i] = _Found(replace(a, unit=b.unit, unit_code=b.unit_code), False)  # "102 y 21 personas"
            continue
        for opener, connector in g.ranges:
            o = opener.search(sentence, max(0, a.start - 20), a.start) if opener else None
            if between == connector and (opener is None or o):
                start = o.start() if o else a.start
                out[i] = _Found(
                    replace(
                        a,
                        text=sentence[start : a.end],
                        start=start,
                        op=">=",
                        unit=a.unit or b.unit,
                        unit_code=b.unit_code,
                    ),
                    False,
                )
                out[i + 1] = _Found(replace(b, op="<="), False)
                break
    return out


def _ranged(sentence: str, a: Quantity, g: Grammar) -> bool:
    """Whether a range opener stands before `a` ("entre 30 y 40")."""
    return any(opener and opener.search(sentence, max(0, a.start - 20), a.start) for opener, _ in g.ranges)


def _dash_range(sentence: str, m: re.Match[str], got: _Found, g: Grammar) -> list[_Found] | None:
    """ "15-20%", "12–20 millones de $", "60–80 mph": two quantities, `>=` and `<=`, sharing the second's scale
    and unit; None when the dash joins no such range (a score "2-1" or a phone number has no unit)."""
    first = got.quantity
    if not m.groupdict().get("num") or first.end != m.end("num") or first.unit is not None:
        return None
    dash = _RANGE_DASH.match(sentence, first.end)
    m2 = g.bare.match(sentence, dash.end()) if dash else None
    second = _read(sentence, m2, g) if m2 else None
    if second is None or m2 is None:
        return None
    raw = parse_number(m2.group("num"), g)
    factor = second.quantity.value / raw if raw else 1.0
    if (second.quantity.unit is None and factor == 1.0) or not 0 < abs(first.value) < raw:
        return None
    ops = (">=", "<=") if first.op == "=" else (first.op, first.op)
    low = replace(
        first, value=first.value * factor, op=ops[0], unit=second.quantity.unit, unit_code=second.quantity.unit_code
    )
    return [_Found(low, False), _Found(replace(second.quantity, op=ops[1]), False)]


def _score(sentence: str, end: int) -> bool:
    """Whether the number ending at `end` and a dash and a number after it, one or two digits each, make no range
    but a score ("3-1", "0-1"): no quantity."""
    dash = _RANGE_DASH.match(sentence, end)
    return dash is not None and bool(_SCORE.match(sentence, dash.end())) and bool(_SCORE_FIRST.search(sentence, 0, end))


def quantities(
    sentence: str, lang: str, spans: list[tuple[int, int]] | None = None, words: Words | None = None
) -> list[Quantity]:
    """The quantities of `sentence`; `spans` are TIMEX3 spans (offsets into the sentence) to leave out."""
    g = grammar(lang)
    if g is None:
        return []
    blocked = spans or []
    found: list[_Found] = []
    resume = 0
    for m in g.matches(sentence, words, blocked):
        if m.start() < resume:
            continue
        core_start = m.end("qual") if "qual" in m.re.groupindex and m.group("qual") else m.start()
        if blocked and any(s < m.end() and core_start < e for s, e in blocked):
            continue
        got = _read(sentence, m, g, resume)
        if got is None:
            continue
        pair = _dash_range(sentence, m, got, g)
        if pair is None and m.group("num") and got.quantity.end == m.end("num") and _score(sentence, got.quantity.end):
            continue
        found.extend(pair or [got])
        resume = found[-1].quantity.end
    if len(found) > 1:
        found = _ranges(sentence, found, g)
    return [f.quantity for f in found if not f.clock and not _labelled(sentence, f.quantity, g)]
