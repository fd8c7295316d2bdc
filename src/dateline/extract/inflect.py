"""Verb forms generated from lemmas: a language's regular inflection rules plus its irregular table (data).

`[inflection]` in `data/<lang>/cues.toml`:

- `[inflection.slots]`: `name = [[pattern, replacement], ...]`: a slot's form is made by the first rule whose
  regex `pattern` matches the lemma (`re.sub`, once; an empty result makes no form);
- `[inflection.irregular]`: `lemma = {slot = [forms], ...}` (or a plain list): a lemma listed here gets these
  forms instead of the rules';
- a lemma of several words ("call for", "point out") inflects its first word and keeps the others;
- `participles`: slots whose forms are adverbial participles ("saying"), kept apart by attribution;
- a lemma written `particle|verb` ("mit|teilen") is a separable verb: its finite forms take the particle later
  in a main clause ("teilte ... mit"); every form is also written as one word with the particle in front
  (verb-final clauses: "wie die Polizei mitteilte"); the slots named in `joined` (the participle) only so.

`Inflection.load(table)` reads the table; `Inflection.forms(lemma)` gives a lemma's forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Inflection:
    """A language's inflection rules: ordered (pattern, replacement) rules per slot, and irregular forms."""

    slots: dict[str, list[tuple[re.Pattern[str], str]]] = field(default_factory=dict)
    irregular: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    joined: frozenset[str] = frozenset()

    @classmethod
    def load(cls, data: dict[str, Any]) -> Inflection:
        """The `[inflection]` table of a cues file."""
        slots = {name: [(re.compile(p), r) for p, r in rules] for name, rules in dict(data.get("slots", {})).items()}
        irregular = {
            k: ({s: list(f) for s, f in v.items()} if isinstance(v, dict) else {"finite": list(v)})
            for k, v in dict(data.get("irregular", {})).items()
        }
        return cls(slots, irregular, frozenset(data.get("joined", [])))

    def slot(self, lemma: str, name: str) -> str | None:
        """The form of `lemma` in slot `name` by the regular rules, or None."""
        for pattern, replacement in self.slots.get(name, []):
            if pattern.search(lemma):
                return pattern.sub(replacement, lemma, count=1) or None
        return None

    def by_slot(self, verb: str) -> dict[str, list[str]]:
        """The forms of a (particle-less) verb by slot: its irregular table, else the regular rules."""
        if verb in self.irregular:
            return self.irregular[verb]
        head, space, rest = verb.partition(" ")
        if space:  # a phrasal verb ("call for", "point out"): its first word inflects
            return {name: [f"{f} {rest}" for f in forms] for name, forms in self.by_slot(head).items()}
        return {name: [f] for name in self.slots if (f := self.slot(verb, name))}

    def forms(self, lemma: str) -> tuple[list[str], list[str]]:
        """(forms written alone, finite forms whose particle follows later) of `lemma` (`particle|verb`)."""
        particle, _, verb = lemma.rpartition("|")
        slots = self.by_slot(verb)
        if not particle:
            return list(dict.fromkeys(f for forms in slots.values() for f in forms)), []
        alone = [particle + f for forms in slots.values() for f in forms]  # also verb-final: "wie X mitteilte"
        split = [f for name, forms in slots.items() if name not in self.joined for f in forms]
        return list(dict.fromkeys(alone)), list(dict.fromkeys(split))
