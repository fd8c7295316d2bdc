"""Score dateline's German attribution precision on SpkAtt-2023 (Bundestag speeches, cue and source annotations).

    python tools/eval_spkatt.py [--split dev|train] [--errors N]

Looks for the checkout at `../corpora/umanlp+SpkAtt-2023` (or `$DATELINE_CORPORA/umanlp+SpkAtt-2023`) and skips
with one line when it is absent. Only `data/train` and `data/dev` are read (`data/eval` holds the shared task's
test sets).

Each annotated sentence is rebuilt from its tokens (one space between tokens, none before punctuation) and given
to dateline's attribution. An emitted attribution is *correct* when its source overlaps the Source tokens of an
annotation whose Cue is in the same sentence and its last word lies inside them (German noun phrases end in
their head noun or name). Precision = correct / emitted. The annotation covers every speech event, including
ones no news reader would call a source ("wir fordern"), so recall here says little; it is printed for
completeness. The main attribution (`attribution`) is scored so; the other speakers of `attributions` after it
are judged the same way and printed on a line of their own.
"""

from __future__ import annotations

import argparse
import json
import sys

from corpora import checkout, detokenize

from dateline.extract.attribution import attributions

REPO = "umanlp/SpkAtt-2023"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"], help="data/eval is never scored")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong attributions")
    args = ap.parse_args(argv)
    root = checkout(REPO, "data")
    if root is None:
        return 0
    emitted = correct = gold_total = found = sentences = others = others_correct = 0
    errors: list[str] = []
    for path in sorted((root / "data" / args.split / "task1").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        by_sentence: dict[int, list[set[int]]] = {}
        for ann in doc.get("Annotations", []):
            cues = {int(x.split(":")[0]) for x in ann.get("Cue", [])}
            src = [tuple(int(p) for p in x.split(":")) for x in ann.get("Source", [])]
            if len(cues) == 1 and src and all(s == next(iter(cues)) for s, _ in src):
                by_sentence.setdefault(next(iter(cues)), []).append({t for _, t in src})
        for sent in doc.get("Sentences", []):
            sid, tokens = int(sent["SentenceId"]), list(sent["Tokens"])
            text, spans = detokenize(tokens)
            if len(tokens) < 4:
                continue
            sentences += 1
            gold = by_sentence.get(sid, [])
            gold_total += len(gold)
            every, _ = attributions(text, 0, len(text), "de")
            for rank, found_attr in enumerate(every):
                a0, b0 = found_attr.at, found_attr.at + len(found_attr.text)
                covered = {k for k, (a, b) in enumerate(spans) if a < b0 and a0 < b}
                last = max(covered) if covered else -1
                ok = any(covered & g and last in g for g in gold)
                if rank:
                    others += 1
                    others_correct += ok
                else:
                    emitted += 1
                    correct += ok
                    found += ok
                if not ok:
                    gtxt = " | ".join(" ".join(tokens[t] for t in sorted(g)) for g in gold) or "-"
                    kind = " [other speaker]" if rank else ""
                    errors.append(f"{found_attr.text!r} ({found_attr.cue}){kind} gold: {gtxt}\n    {text}")
    p = correct / emitted if emitted else 0.0
    r = found / gold_total if gold_total else 0.0
    print(
        f"SpkAtt {args.split} German attribution ({sentences} sentences, {gold_total} in-sentence sources): "
        f"precision {p:.3f} ({correct}/{emitted}), recall {r:.3f} (every speech event, see the docstring)"
    )
    print(f"  other speakers (attributions after the main one): {others_correct}/{others} correct")
    for line in errors[: args.errors]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
