"""Score dateline's German attribution precision on the Redewiedergabe corpus (news and report samples).

    python tools/eval_redewiedergabe.py [--types Nachrichten,Reportage] [--errors N]

Looks for the checkout at `../corpora/redewiedergabe+corpus` (or `$DATELINE_CORPORA/redewiedergabe+corpus`) and
skips with one line when it is absent. Only `data/main/tsv` is read (the consensus release; CC BY-NC-SA 4.0, so it
stays outside the project). Samples are chosen by `metadata.tsv`: non-fictional, of the given text types
(default: news and reports, 1840-1919 newspapers and magazines).

Each sample is rebuilt from its tokens (one space between tokens, none before punctuation), tagged by dateline's
date tagger (anchored on the sample's year) and split by its sentence splitter; sentences of fewer than `MIN_WORDS`
words (no claim in dateline) are skipped. A sentence's *gold speakers* are the `speaker` token sets of the speech,
thought and writing representations (STWR) whose annotation (`stwr`, `frame` or `intexpr` column) has a token in the
sentence and whose speaker tokens lie in it. An emitted attribution is *correct* when its source overlaps a gold
speaker and names it by its head: the source's last word lies inside the speaker (German noun phrases end in their
head noun or name), or the speaker lies inside the source followed only by a lower-case attachment (the corpus often
marks the head alone: "der Vertreter der Bank" → speaker "Vertreter"). Precision = correct / emitted.
The corpus annotates every speech, thought and writing event (also "er dachte", "man glaubt"), so recall says
little about news attribution; it is printed as a secondary figure.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from corpora import checkout, detokenize

from dateline import sentences, timex
from dateline.claims import MIN_WORDS
from dateline.extract.attribution import attributions

REPO = "redewiedergabe/corpus"
_EVENT_COLUMNS = ("stwr", "frame", "intexpr")


@dataclass
class Sample:
    """One annotated sample: its tokens, and per STWR id the speaker tokens and the annotated event tokens."""

    tokens: list[str]
    year: int | None = None
    speakers: dict[str, set[int]] = field(default_factory=dict)
    events: dict[str, set[int]] = field(default_factory=dict)


@dataclass
class Score:
    """Counts over the scored sentences; `errors` holds one line per wrong attribution."""

    sentences: int = 0
    emitted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0
    others: int = 0  # other speakers of `attributions` (after the main one), judged the same way
    others_correct: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.emitted if self.emitted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0


def _ids(value: str) -> list[str]:
    """The STWR ids of one annotation cell ("speaker.12_19", "direct.speech.3|reported.thought.6", "-")."""
    out: list[str] = []
    for level in value.split("|"):
        parts = level.split(".")
        if level == "-" or len(parts) < 2:
            continue
        if parts[0] in ("speaker", "frame", "intexpr"):
            out.extend(parts[1].split("_"))
        elif len(parts) >= 3:  # type.medium.id[.attributes]
            out.append(parts[2])
    return out


def read_sample(path: Path, year: int | None = None) -> Sample:
    """A sample in the corpus's column format (a header line, one token a line, tab-separated)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    sample = Sample([row["tok"] for row in rows], year)
    for k, row in enumerate(rows):
        for sid in _ids(row.get("speaker") or "-"):
            sample.speakers.setdefault(sid, set()).add(k)
        for col in _EVENT_COLUMNS:
            for sid in _ids(row.get(col) or "-"):
                sample.events.setdefault(sid, set()).add(k)
    return sample


def _headed(covered: set[int], gold: set[int], tokens: list[str]) -> bool:
    """Whether a source over token set `covered` names gold speaker `gold` by its head.

    The head is the source's last word, or a gold speaker inside the source that only a lower-case attachment
    follows (the corpus marks the head alone: "der Vertreter der Bank" has the speaker "Vertreter").
    """
    if not covered & gold:
        return False
    if max(covered) in gold:
        return True
    after = max(gold) + 1
    return gold <= covered and after in covered and not tokens[after][:1].isupper()


def score_sample(sample: Sample, into: Score) -> None:
    """Add one sample's sentences to `into`."""
    text, spans = detokenize(sample.tokens)
    tags = timex.tag(text, "de", date(sample.year, 1, 1) if sample.year else None)
    for s, e in sentences.split(text, 0, len(text), "de"):
        inside = {k for k, (a, b) in enumerate(spans) if a >= s and b <= e}
        if len(text[s:e].split()) < MIN_WORDS:
            continue
        into.sentences += 1
        gold = [sp for sid, sp in sample.speakers.items() if sp <= inside and sample.events.get(sid, set()) & inside]
        gold = [g for n, g in enumerate(gold) if g not in gold[:n]]  # one speaker of several events counts once
        into.gold += len(gold)
        dates = [(t.start, t.end) for t in tags if t.start >= s and t.end <= e]
        every, _ = attributions(text, s, e, "de", dates)
        sentence = text[s:e]
        for rank, found in enumerate(every):
            a0, b0 = found.at, found.at + len(found.text)  # offsets into `text`
            covered = {k for k in inside if spans[k][0] < b0 and a0 < spans[k][1]}
            ok = any(_headed(covered, g, sample.tokens) for g in gold)
            if rank:
                into.others += 1
                into.others_correct += ok
            else:
                into.emitted += 1
                into.correct += ok
                into.found += ok
            if not ok:
                gtxt = " | ".join(" ".join(sample.tokens[t] for t in sorted(g)) for g in gold) or "-"
                kind = " [other speaker]" if rank else ""
                into.errors.append(f"{found.text!r} ({found.cue}){kind} gold: {gtxt}\n    {sentence}")


def chosen(root: Path, types: set[str]) -> list[tuple[Path, int | None]]:
    """The non-fictional samples of the given text types and their years, by `metadata.tsv`."""
    folder = root / "data" / "main" / "tsv"
    with (folder / "metadata.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        (folder / r["file"], int(r["year"]) if r["year"].isdigit() else None)
        for r in rows
        if r["fictional"] == "no" and r["text_type"] in types
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--types", default="Nachrichten,Reportage", help="text types of metadata.tsv, comma-separated")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong attributions")
    args = ap.parse_args(argv)
    root = checkout(REPO, "data/main/tsv")
    if root is None:
        return 0
    paths = [(p, year) for p, year in chosen(root, set(args.types.split(","))) if p.is_file()]
    result = Score()
    for path, year in paths:
        score_sample(read_sample(path, year), result)
    print(
        f"Redewiedergabe {args.types} German attribution ({len(paths)} samples, {result.sentences} sentences, "
        f"{result.gold} in-sentence speakers): precision {result.precision:.3f} ({result.correct}/{result.emitted}), "
        f"recall {result.recall:.3f} (every speech, thought and writing event, see the docstring)"
    )
    print(f"  other speakers (attributions after the main one): {result.others_correct}/{result.others} correct")
    for line in result.errors[: args.errors]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
