"""Claim anatomy extractors: attribution, quantities, actors, event keywords, modality.

`analyze(text, start, end, lang, timexes, lexicon)` runs them all on the sentence `text[start:end]` (the whole
cleaned article is passed so that a quotation's speaker after it can be found); `score` rates the result.
Every extractor is one module with one function; language knowledge is in `data/<lang>/{cues,numbers,actors}.toml`,
`data/gazetteer/` and `data/packs/` (attribution reads its cues through `cue_lexicon` and its phrases through
`phrases`). `Tokens` is the sentence's token view (case, position, quotation, numbers,
dates already found), built once here and passed to the extractors that read tokens.
"""

from __future__ import annotations

from dateline.extract.actors import actors, gazetteer
from dateline.extract.attribution import attitude_cue, attributions
from dateline.extract.events import events
from dateline.extract.keywords import Words
from dateline.extract.lexicon import Lexicon
from dateline.extract.modality import modality
from dateline.extract.quantities import quantities
from dateline.extract.score import score
from dateline.extract.tokens import Tokens
from dateline.model import Anatomy, Timex

__all__ = ["Lexicon", "Tokens", "analyze", "score"]


def analyze(text: str, start: int, end: int, lang: str, timexes: list[Timex], lexicon: Lexicon) -> Anatomy:
    """The anatomy of the sentence `text[start:end]`; `timexes` are those inside it (offsets into `text`)."""
    sentence = text[start:end]
    words = Words(sentence)  # one tokenising pass, shared by the keyword matchers
    spans = [(t.start, t.end) for t in timexes]
    local = [(a - start, b - start) for a, b in spans]
    view = Tokens(sentence, lang, local)  # the shared token view (tokenised on first use)
    every, cued = attributions(text, start, end, lang, spans, words, view)
    source = every[0] if every else None
    mentions = gazetteer(lang).find(sentence, words)
    return Anatomy(
        attribution=source,
        attributions=every,
        actors=actors(sentence, lang, words, mentions),
        actor_spans=[(a, b) for _, a, b in mentions],
        quantities=quantities(sentence, lang, local, words),
        event=events(sentence, lang, lexicon, words),
        modality=modality(
            sentence,
            lang,
            attributed=cued or source is not None,
            words=words,
            attitude=source is not None and attitude_cue(source.cue, lang),
            view=view,
        ),
    )
