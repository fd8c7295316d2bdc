"""Score dateline's claims on a hand-judged sample of ../shared/corpus/html pages (`tests/gold/pages.jsonl`).

Each gold line judges one sentence of one page, found by a short quote of its start:
`{"page", "lang", "quote", "claim": bool, "attribution": str | null | "?", "quantities": [[text, value, right]],
"event": [...], "actors": [...]}`. `claim` false: the sentence is no claim (a caption, a listing, a question…); the
other fields then do not matter. `attribution`: the source as written (null: none; "?": not judged);
`quantities`: quantities dateline emitted once, with the verdict; `event` and `actors`: every category and actor
that is right for the sentence.

dateline runs on the sampled pages as a user would (`dateline extract`); every claim it emits is matched to
its judgment. The report gives the share of non-claims among judged claims and the precision of attribution,
quantities, events and actors; a claim, attribution or quantity without a judgment is counted as not judged
(`--unjudged` lists them: judge them and add them to the gold file).

    python tools/eval_pages.py [--gold tests/gold/pages.jsonl] [--shared ../shared] [--unjudged] [--errors]
    python tools/eval_pages.py --claims old.jsonl    # score a saved run (e.g. of an older version) instead
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "pages.jsonl"
TARGETS = {"attribution": 0.90, "quantities": 0.90, "event": 0.90}
MAX_NON_CLAIMS = 0.02
_PUNCT = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """White space folded to single spaces."""
    return " ".join(text.split())


def norm(text: str) -> str:
    """A source as compared: case-folded words without punctuation."""
    return " ".join(_PUNCT.sub(" ", text.casefold()).split())


def same_source(source: dict[str, Any], expected: str) -> bool:
    """Whether an emitted attribution names the judged source: its text or its resolved `name` is the source as
    judged, or a run of its words that still names someone ("Mr. Ruano" for "Ruano", "Major" for "Major himself");
    a pronoun or a number alone never does ("he", "55" for "Dennise Laboy, 55")."""
    gold = norm(expected).split()
    for found in (source.get("text"), source.get("name")):
        if not isinstance(found, str):
            continue
        words = norm(found).split()
        if words == gold:
            return True
        short, long = sorted((words, gold), key=len)
        named = [w for w in short if w.isalpha() and len(w) > 3]
        if named and any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1)):
            return True
    return False


@dataclass
class Tally:
    """Right and wrong verdicts of one field, and emitted values not judged yet."""

    right: int = 0
    wrong: int = 0
    unjudged: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, ok: bool | None, note: str) -> None:
        if ok is None:
            self.unjudged += 1
        elif ok:
            self.right += 1
        else:
            self.wrong += 1
            self.errors.append(note)

    def precision(self) -> float | None:
        total = self.right + self.wrong
        return self.right / total if total else None


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_dateline(files: list[Path]) -> list[dict[str, Any]]:
    """The claims `dateline extract` emits for `files` (one process, one job: the output order is fixed)."""
    cmd = [sys.executable, "-m", "dateline", "extract", "-q", "-j", "1", *map(str, files)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode not in (0, 1):
        sys.exit(f"dateline failed ({done.returncode}): {done.stderr.strip()}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def judgment(claim: dict[str, Any], gold: dict[str, list[dict[str, Any]]], root: Path) -> dict[str, Any] | None:
    """The gold line whose page and quote match an emitted claim, or None; of several, the longest quote (a
    sentence split differently from the one first judged, "… in der Kruppstr." and "… in der Kruppstr. 64 …",
    each keeps its own judgment)."""
    page = Path(str(claim["source"])).resolve()
    try:
        rel = str(page.relative_to(root))
    except ValueError:
        return None
    text = fold(str(claim["text"]))
    found = [g for g in gold.get(rel, []) if text.startswith(fold(g["quote"]))]
    return max(found, key=lambda g: len(fold(g["quote"]))) if found else None


def score(claims: list[dict[str, Any]], gold_lines: list[dict[str, Any]], root: Path) -> dict[str, Any]:
    """Tallies of every field over the emitted claims."""
    gold: dict[str, list[dict[str, Any]]] = {}
    for g in gold_lines:
        gold.setdefault(g["page"], []).append(g)
    tallies = {name: Tally() for name in ("claims", "attribution", "quantities", "event", "actors")}
    unjudged: list[str] = []
    for claim in claims:
        g = judgment(claim, gold, root)
        where = f"{Path(str(claim['source'])).name}: {str(claim['text'])[:90]}"
        if g is None:
            tallies["claims"].add(None, where)
            unjudged.append(where)
            continue
        tallies["claims"].add(bool(g["claim"]), where)  # wrong = a non-claim emitted
        if not g["claim"]:
            continue
        source = claim.get("attribution")
        if source:
            expected = g.get("attribution", "?")
            ok = None if expected == "?" else expected is not None and same_source(source, expected)
            tallies["attribution"].add(ok, f"{where} | {source['text']!r} (gold {expected!r})")
        judged = {(fold(str(q[0])), float(q[1])): bool(q[2]) for q in g.get("quantities", [])}
        for q in claim.get("quantities", []):
            key = (fold(str(q["text"])), float(q["value"]))
            tallies["quantities"].add(judged.get(key), f"{where} | {q['text']!r} = {q['value']}")
        for name in ("event", "actors"):
            for value in claim.get(name, []):
                tallies[name].add(value in g.get(name, []), f"{where} | {value}")
    return {"tallies": tallies, "unjudged": unjudged, "emitted": len(claims)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--unjudged", action="store_true", help="list the emitted claims without a judgment")
    parser.add_argument("--errors", action="store_true", help="list the wrong values of every field")
    parser.add_argument("--claims", type=Path, help="score these JSON lines (e.g. an older version's output) instead")
    args = parser.parse_args(argv)
    root = args.shared / "corpus" / "html"
    if not (root / "pages").is_dir():
        print(f"eval_pages: skipped, {root} is absent (the shared corpus of the project)")
        return 0
    gold_lines = load_gold(args.gold)
    pages = sorted({g["page"] for g in gold_lines})
    if args.claims:
        emitted = [json.loads(line) for line in args.claims.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        emitted = run_dateline([root / p for p in pages])
    result = score(emitted, gold_lines, root.resolve())
    tallies: dict[str, Tally] = result["tallies"]
    langs = sorted({g["lang"] for g in gold_lines})
    claims = tallies["claims"]
    judged = claims.right + claims.wrong
    print(
        f"html page sample ({len(pages)} pages, {', '.join(langs)}): {result['emitted']} claims emitted, "
        f"{judged} judged, {claims.unjudged} not judged yet"
    )
    share = claims.wrong / judged if judged else 0.0
    print(f"  non-claims          {claims.wrong:4d} / {judged:4d} = {share:.3f}   (target <= {MAX_NON_CLAIMS:.2f})")
    for name in ("attribution", "quantities", "event", "actors"):
        t = tallies[name]
        p = t.precision()
        figure = f"{p:.3f}" if p is not None else "  -  "
        target = f"(target >= {TARGETS[name]:.2f})" if name in TARGETS else ""
        print(
            f"  {name + ' precision':<19} {t.right:4d} / {t.right + t.wrong:4d} = {figure}   {target} "
            f"{t.unjudged} not judged"
        )
    if args.errors:
        for name, t in tallies.items():
            for note in t.errors:
                print(f"  wrong {name}: {note}")
    if args.unjudged:
        for where in result["unjudged"]:
            print(f"  not judged: {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
