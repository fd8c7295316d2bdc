"""Score dateline's attribution on MEANTIME speakers (Wikinews in en, es, it, nl; ../shared/corpus/meantime).

    python tools/eval_meantime_speakers.py [--errors N]

Each body line (one sentence per line; the headline and date line skipped) is given to dateline's attribution.
The annotation is partial (only speakers of annotated speech events, a missing speaker is not a negative), so
an emitted attribution is judged only in a sentence with at least one annotated speaker span: it is *correct*
when its source overlaps a speaker span of that sentence, or when its resolved `name` shares its last word with
the annotated speaker's name. Reported per language: judged precision, and recall over the annotated speaker
spans (an annotated speaker found by an attribution of its sentence), over every attribution of the sentence
(`attributions`); the main attribution alone (`attribution`) is printed below it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from dateline.extract.attribution import attributions
from dateline.model import Attribution

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "meantime"


@dataclass
class Tally:
    """Counts of one language: attributions judged and correct, annotated speakers and those found."""

    judged: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.judged if self.judged else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    def judge(self, got: list[Attribution], here: list[dict], sentence: str, start: int) -> None:
        """Judge the attributions `got` of `sentence` (at `start`) against its annotated speech events `here`."""
        found: list[int] = []  # indices into `here` of the annotated speakers found
        for att in got:
            self.judged += 1
            name = att.name
            spots = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(att.text)}(?!\w)", sentence)]
            spans = [(start + a, start + b) for a, b in spots]
            hit = [
                k
                for k, s in enumerate(here)
                if any(a < s["speaker"]["end"] and s["speaker"]["start"] < b for a, b in spans)
                or (name and _words(name)[-1:] == _words(s.get("speaker_name") or "")[-1:])
            ]
            self.correct += bool(hit)
            found += [k for k in hit if k not in found]
            if not hit:
                wanted = " | ".join(s["speaker"]["text"] for s in here)
                self.errors.append(f"{att.text!r} [{name}] ({att.cue}) gold: {wanted}\n    {sentence}")
        self.found += len(found)


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
        every = Tally()
        main = Tally()
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
                every.gold += len(here)
                main.gold += len(here)
                if not here:
                    continue
                got, _ = attributions(text, start, end, lang)
                every.judge(got, here, sentence, start)
                main.judge(got[:1], here, sentence, start)
        for label, tally in ((f"MEANTIME {lang} attribution", every), ("  main attribution alone", main)):
            print(
                f"{label}: precision {tally.precision:.3f} ({tally.correct}/{tally.judged} judged), "
                f"recall {tally.recall:.3f} ({tally.found}/{tally.gold} annotated speakers)"
            )
        for err in every.errors[: args.errors]:
            print(err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
