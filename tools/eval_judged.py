"""Dated claims and quantities on a hand-judged sample of French, Spanish, Italian and Dutch news, per language.

The gold is `tests/gold/judged.jsonl` (see `tests/gold/README.md`): one line per body sentence a reader judged a
dated claim (`required`: true) or one that may be emitted or not (`required`: false: vague time words, durations,
the article's own date line as the only date), with a short `quote` that finds the sentence, the TIMEX3 `dates`
and the `quantities` in it. The articles are read from `../shared/corpus` (French Wikinews, MEANTIME es/it/nl) and
run through `dateline.extract_record` with their language and publication date.

- recall: a required claim counts as found when an emitted claim contains its quote (runs of white space folded)
  and that claim's date values include every gold date value (a gold value given as a list is alternatives);
- precision: emitted claims that contain a gold quote of their document (required or not) over all emitted claims;
- quantities: a gold quantity is right when the claim containing its quote carries a quantity with the same value
  (sign ignored: the gold writes a fall as a positive value with `direction`), the same `op`, and the same
  `unit_code` when the claim's quantities have that field. Counted over the sentences dateline emitted (the
  quantity extractor's accuracy) and over all gold quantities; `extra` counts quantities on those sentences whose
  value is no gold quantity's (a year, a number inside a word).

    python tools/eval_judged.py [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "judged.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus"
LANGS = ("fr", "es", "it", "nl")

Claim = dict[str, Any]
Gold = dict[str, Any]


@dataclass
class Tally:
    """The counts of one language."""

    docs: int = 0
    required: int = 0
    found: int = 0
    emitted: int = 0
    matched: int = 0
    quantities: int = 0
    reached: int = 0  # gold quantities whose sentence dateline emitted
    right: int = 0
    extra: int = 0  # quantities on those sentences whose value is no gold quantity's value
    missed_forms: Counter[str] = field(default_factory=Counter)  # the form of each missing gold date value
    missed_quantity_forms: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


def fold(text: str) -> str:
    """Runs of white space as one space."""
    return re.sub(r"\s+", " ", text).strip()


def load_gold(path: Path = GOLD) -> list[Gold]:
    """The judged lines."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_documents(gold: list[Gold], corpus: Path = CORPUS) -> dict[tuple[str, str], dict[str, Any]]:
    """The sampled documents by (corpus, id), as records for `dateline.extract_record`."""
    wanted = {(g["corpus"], g["doc"]) for g in gold}
    docs: dict[tuple[str, str], dict[str, Any]] = {}
    for name in sorted({c for c, _ in wanted}):
        with (corpus / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                if (name, doc["id"]) in wanted:
                    published = doc.get("published") or doc.get("dct")
                    docs[name, doc["id"]] = {
                        "id": doc["id"],
                        "text": doc["text"],
                        "lang": doc["lang"],
                        "published": published,
                    }
    return docs


def claim_with(quote: str, claims: list[Claim]) -> Claim | None:
    """The first claim whose text contains the quote."""
    quote = fold(quote)
    return next((c for c in claims if quote in fold(str(c["text"]))), None)


def has_dates(wanted: list[str | list[str]], values: set[str]) -> bool:
    """Every wanted value is among the values (a list in `wanted` is alternatives: any one of them will do)."""
    return all(want in values if isinstance(want, str) else any(v in values for v in want) for want in wanted)


def found(gold: Gold, claims: list[Claim]) -> bool:
    """A claim contains the quote and has every gold date value."""
    quote = fold(gold["quote"])
    for claim in claims:
        if quote in fold(str(claim["text"])) and has_dates(gold["dates"], {d["value"] for d in claim["dates"]}):
            return True
    return False


def quantity_matches(gold: dict[str, Any], emitted: dict[str, Any]) -> bool:
    """Same value (sign ignored), op, and unit_code when the emitted quantity has that field."""
    value = emitted.get("value")
    if not isinstance(value, int | float) or abs(abs(value) - gold["value"]) > 1e-9 * max(1.0, gold["value"]):
        return False
    if emitted.get("op") != gold["op"]:
        return False
    return "unit_code" not in emitted or emitted["unit_code"] == gold.get("unit_code")


def right_quantities(gold: Gold, claim: Claim) -> list[bool]:
    """For each gold quantity of the line, whether the claim carries it (each emitted quantity used once)."""
    left = list(claim.get("quantities") or [])
    out = []
    for want in gold["quantities"]:
        hit = next((q for q in left if quantity_matches(want, q)), None)
        if hit is not None:
            left.remove(hit)
        out.append(hit is not None)
    return out


def extra_quantities(gold: Gold, claim: Claim) -> list[dict[str, Any]]:
    """The claim's quantities whose value (sign ignored) is the value of no gold quantity of the line."""
    values = [want["value"] for want in gold["quantities"]]
    out = []
    for q in claim.get("quantities") or []:
        value = q.get("value")
        if not isinstance(value, int | float) or all(abs(abs(value) - v) > 1e-9 * max(1.0, v) for v in values):
            out.append(q)
    return out


def score(gold: list[Gold], claims: dict[tuple[str, str], list[Claim]]) -> dict[str, Tally]:
    """Per language counts of the gold against the claims emitted for each document."""
    tallies: dict[str, Tally] = {}
    by_doc: dict[tuple[str, str], list[Gold]] = {}
    for g in gold:
        by_doc.setdefault((g["corpus"], g["doc"]), []).append(g)
    for key, lines in by_doc.items():
        emitted = claims.get(key, [])
        tally = tallies.setdefault(lines[0]["lang"], Tally())
        tally.docs += 1
        tally.emitted += len(emitted)
        quotes = [fold(g["quote"]) for g in lines]
        for claim in emitted:
            if any(q in fold(str(claim["text"])) for q in quotes):
                tally.matched += 1
            else:
                tally.misses.append(f"{key[1]}: emitted, matches no gold quote: {fold(str(claim['text']))[:100]!r}")
        for g in lines:
            claim = claim_with(g["quote"], emitted)
            if g["required"]:
                tally.required += 1
                if found(g, emitted):
                    tally.found += 1
                else:
                    values = {d["value"] for d in claim["dates"]} if claim else set()
                    forms = g.get("forms") or []
                    for i, want in enumerate(g["dates"]):
                        if not has_dates([want], values):
                            tally.missed_forms[forms[i] if i < len(forms) else "other"] += 1
                    what = f"dates {sorted(values)}" if claim else "not emitted"
                    tally.misses.append(f"{key[1]}: {g['quote']!r} wants {g['dates']}, {what}")
            tally.quantities += len(g["quantities"])
            if claim is None:
                continue
            tally.reached += len(g["quantities"])
            for q in extra_quantities(g, claim):
                tally.extra += 1
                tally.misses.append(f"{key[1]}: extra quantity {q.get('text')!r} ({q.get('value')}) on {g['quote']!r}")
            for want, ok in zip(g["quantities"], right_quantities(g, claim), strict=True):
                if ok:
                    tally.right += 1
                else:
                    tally.missed_quantity_forms[want.get("form", "plain")] += 1
                    have = [
                        (q.get("value"), q.get("op"), q.get("unit_code", q.get("unit"))) for q in claim["quantities"]
                    ]
                    tally.misses.append(
                        f"{key[1]}: quantity {want['text']!r} = {want['op']} {want['value']} "
                        f"{want.get('unit_code') or ''} not in {have}"
                    )
    return tallies


def ratio(a: int, b: int) -> str:
    """`0.xx (a/b)`, or a dash for nothing to count."""
    return f"{a / b:.2f} ({a}/{b})" if b else "- (0/0)"


def report(tallies: dict[str, Tally]) -> list[str]:
    """The table and the misses by class."""
    lines = [
        "Judged sample (tests/gold/judged.jsonl): dated claims and quantities per language",
        f"  {'lang':4} {'docs':>4}  {'recall':15} {'precision':15} "
        f"{'quantities (emitted)':21} {'quantities (all)':16} extra",
    ]
    for lang in sorted(tallies, key=lambda x: (LANGS.index(x) if x in LANGS else 9, x)):
        t = tallies[lang]
        lines.append(
            f"  {lang:4} {t.docs:>4}  {ratio(t.found, t.required):15} {ratio(t.matched, t.emitted):15} "
            f"{ratio(t.right, t.reached):21} {ratio(t.right, t.quantities):16} {t.extra}"
        )
    for lang, t in tallies.items():
        if t.missed_forms or t.missed_quantity_forms:
            dates = ", ".join(f"{k} {v}" for k, v in t.missed_forms.most_common())
            numbers = ", ".join(f"{k} {v}" for k, v in t.missed_quantity_forms.most_common())
            lines.append(f"  {lang} missed: dates by form [{dates}]; quantities by form [{numbers}]")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every missed claim and quantity")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: judged sample: {CORPUS} not found")
        return 0
    from dateline.api import extract_record

    gold = load_gold()
    docs = load_documents(gold)
    claims = {key: extract_record(record) for key, record in docs.items()}
    tallies = score(gold, claims)
    print("\n".join(report(tallies)))
    if args.errors:
        for lang, t in tallies.items():
            for miss in t.misses:
                print(f"    {lang} {miss}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
