"""A sentence's tokens as attribution reads them: noun phrases, clause boundaries, names (`Sentence`), and a
source found in it (`Found`: a token range)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.extract.cue_lexicon import Cues
from dateline.extract.tokens import Token, Tokens


@dataclass(frozen=True, slots=True)
class Found:
    """A source: tokens [i, j) of the sentence; `ref`, for a relative pronoun, the tokens of the phrase it refers
    to ("Smith, who said …": "who" refers to "Smith"); `tail`, for a subject pronoun joined to the verb after it
    ("a-t-il"), its length: the source is the last `tail` characters of token i."""

    i: int
    j: int
    ref: tuple[int, int] | None = None
    tail: int = 0


class Sentence:
    """A sentence's token view with the helpers the patterns need."""

    def __init__(self, view: Tokens, c: Cues, doc: str = "") -> None:
        self.s, self.c, self.doc = view.text, c, doc
        self.toks: list[Token] = view.tokens
        self.low = [t.low for t in self.toks]
        self.n = len(self.toks)
        self.timex = [t.date and not self._date_adjective(k) for k, t in enumerate(self.toks)]

    def _date_adjective(self, k: int) -> bool:
        """Whether the date token k is an adjective of the noun after it (`date_adjectives`, a determiner the date
        holds before it: "the current governor", "and current nominee", "The present government"): a word of the
        phrase, no date of the claim's."""
        m = k + 1 if self.low[k] in self.c.determiners else k
        if m + 1 >= self.n or self.low[m] not in self.c.date_adjectives:
            return False
        after = self.toks[m + 1]
        return not (after.punct or after.date or after.low in self.c.stop or after.low in self.c.auxiliaries)

    def punct(self, i: int) -> bool:
        return self.toks[i].punct

    def cap(self, i: int) -> bool:
        t = self.toks[i]
        return t.cap or (t.number and not t.date)

    def boundary(self, i: int) -> bool:
        """Whether token i ends a clause stretch: punctuation or a conjunction (not one opening the second half of a
        correlative coordination: "sowohl … als auch")."""
        if self.punct(i):
            return self.toks[i].text != "/"
        if self.low[i] not in self.c.conjunctions:
            return False
        return not any(tuple(self.low[i : i + len(v)]) == v for v in self.c.correlatives)

    def stop(self, i: int) -> bool:
        t = self.toks[i]
        if t.text == "/" and 0 < i < self.n - 1 and self.cap(i - 1) and self.cap(i + 1):
            return False  # "a CBS/New York Times survey"
        if t.low in self.c.stop and len(t.text) > 1 and t.text.isupper() and i > 0 and self.cap(i - 1):
            return False  # written in capitals after a name, part of it: "a USA TODAY analysis"
        if self.name_word(i):
            return False  # "Theresa May"
        return t.punct or t.low in self.c.stop or (self.timex[i] and not self.date_modifier(i))

    def date_modifier(self, i: int) -> bool:
        """Whether the date at token i modifies the noun after it, between a determiner or a possessor and that noun
        ("the 2009 paper", "a January 2016 study", "Obama's 2008 campaign") or as its possessor ("Monday night's
        results"): part of the phrase, not its end."""
        a = i
        while a > 0 and self.toks[a - 1].date:
            a -= 1
        b = i + 1
        while b < self.n and self.toks[b].date:
            b += 1
        if b < self.n and b - a <= 3 and self.low[b - 1].endswith(self.c.possessive):
            return not self.toks[b].punct  # "Monday night's results", "Last year's FBI statistics"
        if a == 0 or b >= self.n or b - a > 3:
            return False
        if self.low[a - 1] not in self.c.determiners and not self.low[a - 1].endswith(self.c.possessive):
            return False  # "the 2009 paper", "Obama's 2008 campaign"
        if not any(self.toks[k].number or self.toks[k].cap for k in range(a, b)):
            return False  # no number and no name: no date of the noun (adjectives read as dates: `date_adjectives`)
        after = self.toks[b]
        return not after.punct and after.low not in self.c.stop and after.low not in self.c.auxiliaries

    def text(self, i: int, j: int) -> str:
        return self.s[self.toks[i].start : self.toks[j - 1].end]

    # Noun phrases: parse from token i (not past `limit`); the index after the phrase, or None.
    def np(self, i: int, limit: int | None = None, name_cut: bool = False) -> int | None:
        lim = self.n if limit is None else limit
        end = self._np_cap(i, lim, 2) if self.c.capitalised else self._np_plain(i, lim, name_cut)
        if end is not None and end < lim and self.toks[end].text == "(":  # "Sen. John Doe (D-Ore.)"
            close = next((k for k in range(end + 1, min(lim, end + 6)) if self.toks[k].text == ")"), None)
            if close is not None and self.cap(end - 1) and self.cap(end + 1):
                end = close + 1
        return end

    def _np_cap(self, i: int, lim: int, depth: int) -> int | None:
        k = i
        if k + 1 < lim and self.low[k] in self.c.determiners:
            k += 1
        adjectives = 0
        endings = self.c.adjective_endings
        while k < lim and adjectives < 4 and not self.cap(k) and not self.stop(k):
            if self.low[k] in self.c.determiners or self.low[k] in self.c.personal:
                return None
            if endings and not self.low[k].endswith(endings) and not self.toks[k].number:
                return None  # "er immerhin kein Buch": no adjective before a noun
            k, adjectives = k + 1, adjectives + 1
        if k >= lim or not self.cap(k) or self.stop(k):
            return None
        while k < lim and (self.cap(k) or self.toks[k].text == "/") and not self.stop(k):
            if k > i and (self.low[k] in self.c.personal or self.toks[k].text in self.c.addressee):
                break  # "wenn Sie Ihrer Oma schreiben"
            k = self.name_particle(i, k + 1, lim) or k + 1
        if depth and k < lim and self.low[k] in self.c.genitive and not self.cap(k):
            more = self._np_cap(k, lim, depth - 1)
            if more:
                k = more
        return k

    def _np_plain(self, i: int, lim: int, name_cut: bool) -> int | None:
        k = i
        cut = self.c.participle_cut
        # where no verb closes the phrase, a name without a determiner ends at a lowercase word
        bare = name_cut and self.low[i] not in self.c.determiners
        named = False
        share = -1  # the end of a share ("two in three", "four out of 10"): its last word is no determiner
        while k < lim and (k - i < 10 or (k - i < 16 and self.cap(k) and self.cap(k - 1))):  # a name is not cut
            if k > i and self.low[k] in self.c.share_first and (after := self.share(k, lim)) is not None:
                k = share = after
                continue
            if (
                self.stop(k)
                or (self.low[k] in self.c.auxiliaries and not self.name_word(k))
                or (k > i and self.low[k] in self.c.phrase_breaks)
            ):
                break  # "a report | citing the mayor's office"; "Theresa May said" goes on
            if self.low[k] in self.c.personal:
                if k == i:
                    k += 1
                break
            if k > i and self._new_phrase(k) and not (k > i + 1 and self._after_name(k - 1)):
                break  # "Facebook found | the posting"; not "Mr. Xi and | other leaders"
            lower = not self.cap(k) and self.toks[k].text not in "()-/"
            if (
                k > i
                and lower
                and cut
                and len(self.low[k]) > 3
                and self.low[k].endswith(cut)
                and not self.low[k].endswith(self.c.participle_keep or ("\0",))
            ):
                break  # "A news report published Wednesday"
            if bare and named and lower and self.low[k] not in self.c.genitive and not self._title_run(k, lim):
                break  # "Republicans choose", "Reid caucused"; not "Democratic presidential candidate X"
            if (
                name_cut
                and self.c.v2
                and (named or k > i + 1)
                and lower
                and self.low[k] not in self.c.genitive
                and k + 1 < lim
                and self.subject_next(k + 1)
            ):
                break  # V2: the verb, then its subject: "Volgens de netbeheerder Gasunie | lag het verbruik"
            named = named or self.cap(k)
            k = self.name_particle(i, k + 1, lim) or k + 1
        while k > i + 1 and self.low[k - 1] in self.c.genitive and self.low[k - 2] not in self.c.genitive:
            k -= 1  # "une étude de | 2014": a genitive word before a date closes no phrase
        if k == i or all(self.low[j] in self.c.determiners for j in range(i, k)):
            return None
        if (self.low[k - 1] in self.c.determiners and k != share) or self.low[k - 1] in self.c.coordinators:
            return None
        return k

    def name_particle(self, i: int, k: int, lim: int) -> int | None:
        """The capitalised word after a name particle at token k that follows a capitalised word of the phrase
        opened at i ("Jan de | Vries", "Ursula von der | Leyen"), else None. Only in a phrase that opens its clause
        or follows a preposition: after a verb the particle may open the verb's object ("schreef Hoekstra de Kamer")
        or an affiliation ("sagt Ulrich Marschner von der IG Metall"). A particle that is also an article ("de")
        joins only the phrase's first word; an `initial_particles` one ("zu") only a first name opening the
        sentence or clause ("Karl-Theodor zu Guttenberg", not "Laut Polizei zu Beginn")."""
        if k <= i or not self.cap(k - 1) or not self._opens_clause(i):
            return None
        initial = i == 0 or self.punct(i - 1)
        return self.particle_end(i, k, lim, initial)

    def particle_end(self, i: int, k: int, lim: int, initial: bool = False) -> int | None:
        """The index of the capitalised word after a name particle at token k, in a phrase opened at i (see
        `name_particle`; `initial`: the phrase opens the sentence or clause), else None; wherever the phrase
        stands."""
        for particle in self.c.name_particles:
            m = k + len(particle)
            if m >= lim or tuple(self.low[k:m]) != particle or not self.toks[m].cap or self.stop(m):
                continue
            if any(self.toks[p].cap or self.toks[p].quoted for p in range(k, m)):
                continue
            first = k - 1 == i
            if particle[0] in self.c.determiners and not first:
                continue
            if particle in self.c.initial_particles and not (first and initial):
                continue
            return m
        return None

    def _opens_clause(self, i: int) -> bool:
        """Whether token i opens its sentence or clause, or follows a preposition ("Volgens Jan de Vries")."""
        return i == 0 or self.punct(i - 1) or self.preposition(i - 1) or self.toks[i - 1].initial

    def share(self, k: int, lim: int) -> int | None:
        """The index after "in three" / "out of 10" at token k when a number stands before it ("two in three
        voters"), else None."""
        prev = self.toks[k - 1]
        if not (prev.number and not prev.date) and prev.low not in self.c.share_numbers:
            return None
        for link in self.c.share_links:
            m = k + len(link)
            if m < lim and tuple(self.low[k:m]) == link:
                nxt = self.toks[m]
                return m + 1 if (nxt.number and not nxt.date) or nxt.low in self.c.share_numbers else None
        return None

    def name_word(self, k: int) -> bool:
        """Whether the auxiliary at token k, capitalised mid-sentence after a capitalised word, is a word of a name
        ("Theresa May said"; not "Officials may say")."""
        return k > 0 and self.low[k] in self.c.auxiliaries and self.toks[k].mid_cap and self.cap(k - 1)

    def _after_name(self, k: int) -> bool:
        """Whether token k is a coordinator after a name ("Mr. Xi and"): the phrase after it is coordinated."""
        return self.low[k] in self.c.coordinators and self.cap(k - 1)

    def subject_next(self, k: int) -> bool:
        """Whether token k opens a subject (a determiner or a subject pronoun)."""
        return self.low[k] in self.c.determiners or self.low[k] in self.c.personal

    def _title_run(self, k: int, lim: int) -> bool:
        """Whether lowercase words from k lead to a capitalised name within three words ("candidate Bernie")."""
        for m in range(k, min(lim, k + 3)):
            if self.cap(m):
                return True
            if self.stop(m) or self.low[m] in self.c.auxiliaries or self.low[m] in self.c.determiners or self.adverb(m):
                return False
        return False

    def _new_phrase(self, k: int) -> bool:
        """Whether the determiner at k opens a new phrase (not after another determiner or a genitive word)."""
        low, prev, c = self.low[k], self.low[k - 1], self.c
        if self.toks[k].mid_cap and k + 1 < self.n and self.cap(k + 1):
            return False  # a capitalised article inside a name: "Jean-Marie Le Pen", "le quotidien Le Figaro"
        return low in c.determiners and prev not in c.determiners and prev not in c.genitive and low not in c.genitive

    def adverb(self, k: int) -> bool:
        """A word skipped between a subject and its verb: listed adverbs and auxiliaries, and words with an
        adverb ending ("gingerly") that are not listed nouns ("family")."""
        low = self.low[k]
        if low in self.c.adverbs:
            return True
        ends = self.c.adverb_endings
        return bool(ends) and not self.cap(k) and len(low) > 4 and low.endswith(ends) and low not in self.c.adverb_not

    def phrase_pp(self, i: int, j: int) -> bool:
        """A noun phrase, possibly with prepositional phrases: "Authorities in North-Rhine Westphalia"."""
        if self.phrase(i, j):
            return True
        k = self.np(i, j)
        for _ in range(2):
            if k is None or k >= j - 1 or not self.preposition(k):
                return False
            if self.phrase(k + 1, j):
                return True
            k = self.np(k + 1, j)
        return False

    def preposition(self, k: int) -> bool:
        """Whether token k may open a prepositional phrase (a stop word that is no verb, clause or pronoun)."""
        low = self.low[k]
        c = self.c
        return (
            low in c.stop
            and low not in c.auxiliaries
            and low not in c.complementisers
            and low not in c.relatives
            and low not in c.adverbs
            and low not in c.pronouns
        )

    def phrase(self, i: int, j: int) -> bool:
        """Whether tokens [i, j) are a noun phrase, possibly coordinated ("Die USA, Südkorea und die Ukraine")."""
        k = self.np(i, j)
        while k is not None and k < j and (self.low[k] in self.c.coordinators or self.toks[k].text == ","):
            k = self.np(k + 1, j)
        return k is not None and k == j

    def usable(self, i: int, j: int) -> bool:
        """Whether tokens [i, j) may be a source: not empty, not an impersonal pronoun, not a coordinator."""
        if j <= i or self.low[i] in self.c.coordinators or self.toks[i].quoted:
            return False
        if self.low[j - 1].endswith(self.c.possessive):
            return False  # "Mr. Trump's": a possessor, not a subject
        if self.toks[i].text in self.c.addressee and (j - i == 1 or not self.toks[i].initial):
            return False  # German "Sie" ("wenn Sie Ihrer Oma schreiben"): the audience addressed, not a speaker
        if any(tuple(self.low[i : i + len(v)]) == v for v in self.c.vocatives):
            return False  # "Meine Damen und Herren, ich möchte … sagen": the audience addressed
        if any(tuple(self.low[i : i + len(v)]) == v for v in self.c.adjunct_openings):
            return False  # "De son côté, …": an opening adverbial, no speaker
        return not (j - i == 1 and self.low[i] in self.c.pronouns)

    def named(self, i: int, j: int) -> bool:
        """Whether tokens [i, j) look like a proper name: capitalised words (initials, titles), no determiner."""
        if j <= i or self.low[i] in self.c.determiners or self.low[i] in self.c.personal:
            return False
        if self.c.capitalised and j - i < 2:
            return False  # where every noun is capitalised, one word may be any noun ("Diplomaten")
        depth = 0
        for k in range(i, j):
            text = self.toks[k].text
            depth += (text == "(") - (text == ")")
            if not (depth > 0 or self.cap(k) or text in "()-"):
                return False
        return self.subject_like(i, j)

    def subject_like(self, i: int, j: int) -> bool:
        """Whether [i, j) may be a subject: not one capitalised word that is capitalised only as the first word
        of the sentence ("Hastily", "Back", "Under"), unless the document writes it capitalised elsewhere or it is a
        subject pronoun."""
        if j - i > 1 or not self.toks[i].initial or not self.toks[i].cap or self.c.capitalised:
            return True
        if self.low[i] in self.c.personal:
            return True  # "He denounced …, telling …": a subject pronoun is a subject wherever it stands
        word = self.toks[i].text
        return re.search(r"[\w,]\s+" + re.escape(word) + r"\b", self.doc or self.s) is not None
