"""Score dateline's attribution on PolNeAR (English political news, brat Source/Cue/Content annotations).

    python tools/eval_polnear.py [--split dev|train] [--errors N] [--classes N]

Looks for the checkout at `../corpora/networkdynamics+PolNeAR` (or `$DATELINE_CORPORA/networkdynamics+PolNeAR`)
and skips with one line when it is absent. Only `data/train` and `data/dev` are read: `data/test` is reserved for
independent measurement and this tool refuses it.

Each article's text is split by dateline's sentence splitter and tagged by its date tagger (anchored on the
publication date in metadata.tsv); the first line (the headline) is skipped, as dateline skips headlines. A
*dated claim* is a sentence of at least four words with a specific DATE or TIME. Its gold attributions are the
relations whose Cue lies in the sentence and whose Source lies in the same sentence. Each of dateline's
attributions of the sentence is

- *correct* when its source text (found in the sentence) overlaps a gold Source span of the sentence and its last
  word lies inside that span (the head of an English noun phrase is its last word; a closing parenthesis, such
  as a party and state after a name, is no head);
- precision = correct / emitted; recall = gold relations found / gold relations, over every attribution of the
  claim (`attributions`: a relation is found when one of them names its source); the main attribution alone
  (`attribution`, one per claim, so a sentence with several relations caps its recall) is printed below it.
  A gold source that is a bare pronoun ("he", "they") counts as found only when dateline also resolved it
  (`name` not null); the resolution is checked against CoreNLP's coreference chain of the pronoun shipped with
  PolNeAR (the chain must contain a mention with the resolved name's last word); a wrong resolution is a wrong
  attribution.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from corpora import checkout

from dateline import sentences, timex
from dateline.claims import MIN_WORDS, is_specific
from dateline.extract import Lexicon, analyze
from dateline.model import Attribution

REPO = "networkdynamics/PolNeAR"
PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me"])


@dataclass
class Gold:
    source: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    text: str


@dataclass
class Tally:
    emitted: int = 0
    correct: int = 0
    cue_ok: int = 0
    gold: int = 0
    found: int = 0
    gold_named: int = 0
    found_named: int = 0
    pronoun_emitted: int = 0
    resolved: int = 0
    resolved_ok: int = 0
    sentences: int = 0
    claims_gold: int = 0  # dated claims with at least one gold relation
    claims_found: int = 0  # … whose main attribution matches one of them
    main_emitted: int = 0  # the main attribution (`attribution`) alone
    main_correct: int = 0
    main_found: int = 0
    errors: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    cues: Counter[str] = field(default_factory=Counter)
    miss_kinds: Counter[tuple[str, str]] = field(default_factory=Counter)  # (construction, status) of misses
    miss_cues: Counter[str] = field(default_factory=Counter)  # the first word of a missed relation's cue


def spans(field_: str) -> list[tuple[int, int]]:
    out = []
    for part in field_.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> list[Gold]:
    ents: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    rels: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            kind, _, where = cols[1].partition(" ")
            ents[cols[0]] = (kind, spans(where), cols[2] if len(cols) > 2 else "")
        elif line.startswith("E") and len(cols) >= 2:
            rels.append(dict(p.split(":", 1) for p in cols[1].split() if ":" in p))
    out = []
    for rel in rels:
        if "Source" in rel and "Cue" in rel and rel["Source"] in ents and rel["Cue"] in ents:
            src = ents[rel["Source"]]
            out.append(Gold(src[1], ents[rel["Cue"]][1], src[2]))
    return out


def chains(path: Path) -> list[tuple[list[tuple[int, int]], list[str]]]:
    """CoreNLP coreference chains: mention character spans and mention texts."""
    if not path.exists():
        return []
    root = ET.parse(path).getroot()
    starts: dict[tuple[int, int], int] = {}
    ends: dict[tuple[int, int], int] = {}
    for sent in root.iter("sentence"):
        sid = sent.get("id")
        if sid is None or sent.find("tokens") is None:
            continue
        for tok in sent.iter("token"):
            key = (int(sid), int(tok.get("id") or 0))
            starts[key] = int(tok.findtext("CharacterOffsetBegin") or 0)
            ends[key] = int(tok.findtext("CharacterOffsetEnd") or 0)
    out = []
    coref = root.find("document/coreference")
    for chain in coref if coref is not None else []:
        ms, texts = [], []
        for m in chain.iter("mention"):
            s = int(m.findtext("sentence") or 0)
            a, b = int(m.findtext("start") or 0), int(m.findtext("end") or 0)
            if (s, a) in starts and (s, b - 1) in ends:
                ms.append((starts[(s, a)], ends[(s, b - 1)]))
                texts.append(m.findtext("text") or "")
        out.append((ms, texts))
    return out


def locate(s: int, e: int, found: Attribution) -> tuple[int, int]:
    """Where the emitted source lies in the text when it lies in the sentence `[s, e)`, else (-1, -1)."""
    a, b = found.at, found.at + len(found.text)
    return (a, b) if s <= a and b <= e else (-1, -1)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def resolution_ok(name: str, where: tuple[int, int], coref: list[tuple[list[tuple[int, int]], list[str]]]) -> bool:
    last = re.findall(r"\w+", name.casefold())
    if not last:
        return False
    for ms, texts in coref:
        if any(overlaps(m, where) for m in ms) and any(last[-1] in re.findall(r"\w+", t.casefold()) for t in texts):
            return True
    return False


def score_article(text: str, golds: list[Gold], dct: date | None, coref_path: Path, tally: Tally) -> None:
    tags = timex.tag(text, "en", dct)
    coref: list[tuple[list[tuple[int, int]], list[str]]] | None = None
    first = text.find("\n")
    pos = first + 1 if first >= 0 else len(text)
    for line in text[pos:].split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        for s, e in sentences.split(text, a, b, "en"):
            inside = [t for t in tags if t.start >= s and t.end <= e]
            if len(text[s:e].split()) < MIN_WORDS or not any(is_specific(t) for t in inside):
                continue
            tally.sentences += 1
            gold = [
                g
                for g in golds
                if all(s <= x and y <= e for x, y in g.cue) and all(s <= x and y <= e for x, y in g.source)
            ]
            every = analyze(text, s, e, "en", inside, _lexicon()).attributions
            sent = text[s:e].replace("\n", " ")
            tally.gold += len(gold)
            tally.claims_gold += bool(gold)
            named = [g for g in gold if g.text.casefold() not in PRONOUNS]
            tally.gold_named += len(named)
            counted: list[Gold] = []  # the gold relations found (a pronoun source resolved right)
            judged: list[tuple[Gold | None, bool]] = []
            for rank, found in enumerate(every):
                if coref is None and found.text.casefold() in PRONOUNS and found.name:
                    coref = chains(coref_path)
                hit, ok_name = judge(text, s, e, found, gold, coref or [], tally)
                judged.append((hit, ok_name))
                right = hit is not None and ok_name
                tally.emitted += 1
                tally.correct += right
                if rank == 0:
                    tally.main_emitted += 1
                    tally.main_correct += right
                if right and hit is not None and (hit.text.casefold() not in PRONOUNS or found.name):
                    if rank == 0:
                        tally.main_found += 1
                        tally.claims_found += 1
                    if all(hit is not g for g in counted):
                        counted.append(hit)
                        tally.found += 1
                        tally.found_named += hit.text.casefold() not in PRONOUNS
                elif not right:
                    gtxt = " | ".join(g.text for g in gold) or "-"
                    shown = found.text + (f" [{found.name}]" if found.name else "")
                    tally.errors.append(f"{shown!r} ({found.cue}) gold: {gtxt}\n    {sent}")
            if gold and all(hit is None for hit, _ in judged):
                tally.missed.append(f"gold: {' | '.join(g.text for g in gold)}\n    {sent}")
            hits = [hit for hit, _ in judged if hit is not None]
            for g in gold:
                if any(g is c for c in counted):
                    continue
                if any(g is h for h in hits):
                    status = "found, pronoun unresolved or resolved wrong"
                else:
                    status = "nothing emitted" if not every else "wrong source" if not hits else "another found"
                tally.miss_kinds[(construction(text, s, g), status)] += 1
                tally.miss_cues[cue_word(text, g)] += 1


def judge(
    text: str,
    s: int,
    e: int,
    found: Attribution,
    gold: list[Gold],
    coref: list[tuple[list[tuple[int, int]], list[str]]],
    tally: Tally,
) -> tuple[Gold | None, bool]:
    """The gold relation of the sentence `[s, e)` whose source the attribution `found` names, and whether its
    name is right (a resolved pronoun checked against the coreference chain)."""
    tally.cues[found.cue.casefold()] += 1
    where = locate(s, e, found)
    bare = re.sub(r"\s*\([^()]*\)\W*$", "", found.text)  # "Sen. Elizabeth Warren (D-MA)": head Warren
    last = re.search(r"\w+\W*$", bare)
    head = (where[0] + last.start(), where[0] + last.end()) if last and where[0] >= 0 else where
    hit = next(
        (
            g
            for g in gold
            if any(overlaps(where, sp) for sp in g.source) and any(sp[0] <= head[0] < sp[1] for sp in g.source)
        ),
        None,
    )
    ok_name = True
    if found.text.casefold() in PRONOUNS:
        tally.pronoun_emitted += 1
        if found.name:
            tally.resolved += 1
            ok_name = resolution_ok(found.name, where, coref)
            tally.resolved_ok += ok_name
    if hit is not None and ok_name:
        at = text.find(found.cue, s, e)
        tally.cue_ok += any(overlaps((at, at + len(found.cue)), c) for c in hit.cue)
    return hit, ok_name


AUXILIARIES = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "had",
        "has",
        "have",
        "would",
        "could",
        "will",
        "may",
        "might",
        "did",
        "does",
        "do",
        "not",
        "also",
    ]
)


def construction(text: str, s: int, g: Gold) -> str:
    """How a gold relation is built: "according to", a pronoun source, the source after or before its cue, or a
    source inside a quotation (a nested report)."""
    cue = " ".join(text[a:b] for a, b in g.cue).casefold()
    src, at = min(a for a, _ in g.source), min(a for a, _ in g.cue)
    before = text[s:src]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return "source inside a quotation"
    if "according" in cue:
        return "according to"
    if re.search(r"\bquoted\b", cue):
        return "passive quoted"
    if g.text.casefold() in PRONOUNS:
        return "pronoun source"
    return "source after the cue" if src > at else "source before the cue"


def cue_word(text: str, g: Gold) -> str:
    """The first word of a relation's cue that is no auxiliary ("has said" → "said")."""
    words = re.findall(r"[\w’']+|[:—―]", " ".join(text[a:b] for a, b in g.cue).casefold())
    return next((w for w in words if w not in AUXILIARIES), words[0] if words else "")


_LEX: list[Lexicon] = []


def _lexicon() -> Lexicon:
    if not _LEX:
        _LEX.append(Lexicon())
    return _LEX[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"], help="data/test is reserved: never scored")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong and missed attributions")
    ap.add_argument("--classes", type=int, default=0, help="print the missed relations by construction and by cue")
    args = ap.parse_args(argv)
    root = checkout(REPO, "data")
    if root is None:
        return 0
    data = root / "data"
    meta = {}
    for line in (data / "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) > 5 and cols[0] == args.split:
            meta[cols[1]] = (cols[3].split("|"), cols[5])
    tally = Tally()
    articles = 0
    for name, (annotators, published) in sorted(meta.items()):
        txt = data / args.split / "text" / f"{name}.txt"
        ann = next(
            (p for a in annotators if (p := data / args.split / "attributions" / f"{name}_{a}.ann").exists()), None
        )
        if not txt.exists() or ann is None:
            continue
        articles += 1
        try:
            dct = date.fromisoformat(published)
        except ValueError:
            dct = None
        coref = data / args.split / "corenlp" / f"{name}.txt.xml"
        score_article(txt.read_text(encoding="utf-8"), read_ann(ann), dct, coref, tally)
    p = tally.correct / tally.emitted if tally.emitted else 0.0
    r = tally.found / tally.gold if tally.gold else 0.0
    rn = tally.found_named / tally.gold_named if tally.gold_named else 0.0
    cue = tally.cue_ok / tally.correct if tally.correct else 0.0
    res = f"{tally.resolved_ok}/{tally.resolved}"
    rc = tally.claims_found / tally.claims_gold if tally.claims_gold else 0.0
    print(
        f"PolNeAR {args.split} attribution ({articles} articles, {tally.sentences} dated claims, "
        f"{tally.gold} gold relations in-sentence): precision {p:.3f} ({tally.correct}/{tally.emitted}), "
        f"recall {r:.3f} ({tally.found}/{tally.gold}), recall without pronoun sources {rn:.3f}, "
        f"cue right when source right {cue:.3f}, pronouns resolved right {res} "
        f"(pronoun sources emitted {tally.pronoun_emitted})"
    )
    mp = tally.main_correct / tally.main_emitted if tally.main_emitted else 0.0
    mr = tally.main_found / tally.gold if tally.gold else 0.0
    print(
        f"  main attribution alone (`attribution`, one per claim): precision {mp:.3f} "
        f"({tally.main_correct}/{tally.main_emitted}), recall {mr:.3f} ({tally.main_found}/{tally.gold}); "
        f"{tally.claims_gold} dated claims have a gold relation, so its recall is at most "
        f"{tally.claims_gold / tally.gold if tally.gold else 0.0:.3f}; claims whose main attribution is one of "
        f"their gold relations {rc:.3f} ({tally.claims_found}/{tally.claims_gold})"
    )
    if args.classes:
        print("\n-- missed relations by construction and status:")
        for (kind, status), n in sorted(tally.miss_kinds.items(), key=lambda kv: -kv[1]):
            print(f"  {n:5d}  {kind}, {status}")
        print(f"\n-- missed relations by the first word of their cue (top {args.classes}):")
        print("  " + ", ".join(f"{w} {n}" for w, n in tally.miss_cues.most_common(args.classes)))
    if args.errors:
        print("\n-- wrong:")
        for line in tally.errors[: args.errors]:
            print(line)
        print("\n-- missed:")
        for line in tally.missed[: args.errors]:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
