"""Event keywords: the categories of the keyword packs (`data/packs/*.toml` + `--lexicon`) a sentence mentions.

The pack format is documented in `dateline.extract.lexicon`.
"""

from __future__ import annotations

from dateline.extract.keywords import Words
from dateline.extract.lexicon import Lexicon


def events(sentence: str, lang: str, lexicon: Lexicon, words: Words | None = None) -> list[str]:
    """Categories whose keywords occur in `sentence`, in order of first mention (`words`: `Words(sentence)`)."""
    return lexicon.matcher(lang).categories(sentence, words)
