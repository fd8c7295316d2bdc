"""Score dateline's attribution on MEANTIME speakers (Wikinews in en, es, it, nl; ../shared/corpus/meantime).

    python tools/eval_meantime_speakers.py [--errors N]

Each body line (one sentence per line; the headline and date line skipped) is given to dateline's attribution.
The annotation is partial (only speakers of annotated speech events, a missing speaker is not a negative), so
an emitted attribution is judged only in a sentence with at least one annotated speaker span: it is *correct*
when its source overlaps a speaker span of that sentence, or when its resolved `name` shares its last word with
the annotated speaker's name. Reported per language: judged precision, and recall over the annotated speaker
spans (an annotated speaker found by an attribution of its sentence).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from dateline.extract.attribution import attribution

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "meantime"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong attributions per language")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print("MEANTIME attribution: skipped (../shared/corpus/meantime is absent)")
        return 0
    for path in sorted(CORPUS.glob("*.jsonl")):
        lang = path.stem
        judged = correct = gold = found = 0
        errors: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            text: str = doc["text"]
            speech = [s for s in doc.get("speech", []) if s.get("speaker")]
            pos = 0
            for number, sentence in enumerate(text.split("\n")):
                start, end = pos, pos + len(sentence)
                pos = end + 1
                if number < 2 or not sentence.strip():
                    continue
                here = [s for s in speech if start <= s["speaker"]["start"] < end]
                gold += len(here)
                if not here:
                    continue
                got, _ = attribution(text, start, end, lang)
                if got is None:
                    continue
                judged += 1
                name = getattr(got, "name", None)
                spots = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(got.text)}(?!\w)", sentence)]
                spans = [(start + a, start + b) for a, b in spots]
                hit = [
                    s
                    for s in here
                    if any(a < s["speaker"]["end"] and s["speaker"]["start"] < b for a, b in spans)
                    or (name and _words(name)[-1:] == _words(s.get("speaker_name") or "")[-1:])
                ]
                correct += bool(hit)
                found += len(hit)
                if not hit:
                    wanted = " | ".join(s["speaker"]["text"] for s in here)
                    errors.append(f"{got.text!r} [{name}] ({got.cue}) gold: {wanted}\n    {sentence}")
        p = correct / judged if judged else 0.0
        r = found / gold if gold else 0.0
        print(
            f"MEANTIME {lang} attribution: precision {p:.3f} ({correct}/{judged} judged), "
            f"recall {r:.3f} ({found}/{gold} annotated speakers)"
        )
        for err in errors[: args.errors]:
            print(err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
