"""Attribution: who makes a claim (a noun phrase as written, and the name it refers to) and the reporting cue.

Cues come from `data/<lang>/cues.toml`: reporting verbs are given as lemmas and inflected by the language's rules
(`dateline.extract.inflect`); prepositions ("laut", "according to"), postpositions ("zufolge") and fixed forms are
listed. Patterns, tried cue by cue from left to right (the first that yields a source wins):

- source prepositions: "laut X", "according to X", "volgens X", "selon X"; after a comma only: ", so X",
  ", aldus X"; postpositions: "X zufolge";
- subject + verb: "X sagte", "Die USA, Südkorea und die Ukraine sagen", a subject with appositions
  ("Karl J. Meyer, the minister's adviser on energy, said", "the mayor's spokeswoman, Jane Roe, said"),
  the passive agent "von X gemeldet", "was reported by X";
- verb + subject: "…, said Sen. John Doe (D-Ore.) on Monday", V2 inversion "Letzten Monat teilte X mit",
  "Freilich sagt er" (de, nl: a subject pronoun right after the verb is the subject);
- an adverbial participle or a second verb shares the clause's subject: "…, saying he …", "… and said …";
  after a form of "be" (`progressive`) the participle is a finite verb: "X is telling voters that …"; after
  `gerund_links` the main clause's subject: "X began by saying …"; a reporting infinitive reports only after a
  verb of going on or beginning (`phase_lemmas`: "X went on to say", not "X declined to say");
- a phrasal verb split by a date ("called Friday for": `_split_phrasal`); a naming or describing verb whose
  object is a relative before its subject, a quotation after it ("what X called “…”", `object_relatives`);
- the subject of a relative clause whose verb reports its content ("a probe which the agency said was …", "a
  probe the agency said was …"); a relative pronoun right before the verb is the source, named by the phrase it
  refers to ("the Chicago Police Department which reported …");
- evidential sources: "a poll showed", "the report found" (the subject must be one of `evidential.nouns`);
- a sending verb with a message as its object ("The city sent a cease-and-desist letter Thursday",
  `sending_lemmas`); a verb form that reports only closing the sentence ("…, The Post has learned.",
  `closing_verbs`); in a sentence without a cue, a setting of speech and its clause's subject ("In an interview
  on Sunday, X laughed off the ad", `settings`);
- a quotation whose speaker follows it, possibly in the next sentence: `"…", fügt Watling hinzu.`
- stance verbs (`stance_lemmas`: "lauded the plan", "questioned whether …") with an object or a clause after them;
  a reporting cue later in the sentence outranks them (`_outranks`: "The court rejected the appeal, but the
  family's lawyer said …" is the lawyer's).

What is never a cue: a word capitalised mid-sentence ("As the United States prepares"), a word inside a
quotation (the quoted speaker's words), a verb form after a determiner or number ("five states"), a form that
is also a noun (`also_nouns`) unless a clause or a comma follows it, a `clause_only` verb before a determiner or
a bare noun ("declared victory"), a verb that needs an object (`transitive_lemmas`) before a preposition ("a man
accused of fraud"), a request verb (`request_lemmas`) before the `infinitive` marker ("asked to
get"), a verb after a perception verb's object (`perception_lemmas`: "heard Hartley admit"). What is never a
source: the object of `tell`-like verbs ("told lawmakers"), the clause after the verb ("said she had left"), the
subject of a passive reporting verb ("was announced"), an age apposition ("Dennise Laboy, 55, said"), part of a
coordination ("an alliance of chefs, celebrities and charities urges": the whole phrase or nothing).

`attributions` gives every speaker of a sentence, the main one first, then (where `speaker_links` are listed)
the subjects of reporting verbs in clauses of their own ("X said …, while Y said …", "X sagte …, während Y
erklärte …", "X a déclaré …, tandis que Y a affirmé …"): the link opens the subject's clause, no relative pronoun
or conjunction between them ("…, mais le rapport que Y a écrit …" is no second speaker).

A pronoun source ("he said") is kept as written in `text`; `name` is the person it refers to when the nearest
preceding sentence with a named subject makes that unambiguous (`resolvable` pronouns only), else None. A named
source's `name` is its text (the name alone when an apposition follows: "Karl J. Meyer").

`[grammar]` in cues.toml describes noun phrases: `nouns_capitalised` (German: a phrase ends in capitalised
words), `determiners`, `genitive`, `coordinators`, `conjunctions` (left clause boundaries), `stop` (words that
end a phrase), `adverbs` (skipped between subject and verb), `auxiliaries` (a clause's verb: what follows a
subject, never a source), `passives`, `pronouns` (never a source), `personal` (subject pronouns: a source as
written), `resolvable`, `objects` (a first field that is not the subject), `relatives`, `v2`, `participle_cut`
(word endings that end a plain noun phrase: "A news report published Wednesday"), `opening_participles` (endings
of a sentence-opening participle: "Looking back at …, the economist X comments"), `clitics` (object pronouns
before a verb whose subject follows it: "Lo ha detto X", "Así lo afirmó X"), `inner_adverbs` (adverbs between an
auxiliary and its participle: "a également indiqué"), `perfect` (v2: the perfect's auxiliary, whose subject a
reporting participle closing its clause has: "Am Dienstag hat der Minister gesagt"), `infinitive_markers` ("te
zeggen": no report), `initial_particles` (name particles that join only a first name opening a sentence:
"Karl-Theodor zu Guttenberg"), `content_conjunctions` (conjunctions standing for the content reported: "wie die
Kantonspolizei Aargau mitteilte" keeps the name after the noun, "während die Opposition Merkel kritisierte" does
not). `[attribution]`: `inverted` (subject pronouns joined after the verb: "a-t-il déclaré"),
`prep_clauses` (a clause after a source preposition: "secondo quanto riferito dal ministro"), `no_preposition`
(verbs that report nothing before a preposition: "responde a"), `particles` (separable finite forms and their
particle, listed), `participles` (listed participles for the perfect).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from dateline import sentences
from dateline.extract.cue_lexicon import Cues, cues
from dateline.extract.keywords import Words
from dateline.extract.modality import refusals
from dateline.extract.phrases import Found, Sentence
from dateline.extract.tokens import Tokens
from dateline.model import Attribution

_QUOTES = frozenset("\"„“”«»‚‘’'")
_QUOTATION_MARKS = '"„“”«»'  # the marks that are never an apostrophe
_DASHES = frozenset("-—–―")
_CLOSING = frozenset("\"“”»’'")
RESOLVE_SENTENCES = 2  # how many preceding sentences a pronoun's antecedent is looked for in
RESOLVE_CHARS = 1200
_LABEL = re.compile("[:]\\s*[\"“„«‘']")  # a colon before an opening quotation mark: "Carl Bialik: “…”"


def _forward(t: Sentence, i: int, check_follow: bool) -> Found | None:
    """The noun phrase right after token i (skipping time expressions and adverbs before it)."""
    while i < t.n and (t.timex[i] or t.low[i] in t.c.adverbs or _inner_adverb(t, i)) and not t.punct(i):
        i += 1
    if i >= t.n or t.low[i] in t.c.conjunctions:
        return None
    if any(t.low[i].startswith(v) for v in t.c.complementisers if v[-1] in "'’"):
        return None  # "a affirmé qu'il …": the clause, no inverted subject
    end = t.np(i, name_cut=True)
    if end is None:
        return None
    end = _cut_relative(t, i, end)
    if t.c.dative_after_name and t.low[i] not in t.c.determiners:  # "sagte Müller der Zeitung": a dative
        end = next((k for k in range(i + 1, end) if t.low[k] in t.c.dative_after_name), end)
    if end == i + 1 and t.low[i] not in t.c.determiners and (last := t.particle_end(i, end, t.n)) is not None:
        if not _name_written(t, i, last + 1):
            return None  # "zei Jan de Vries" or "zei Rutte de Kamer", "sagte Müller von der Polizei": not known
        end = last + 1
    if check_follow and end < t.n and not _follows_subject(t, end):
        return None  # "said she had left": a clause, not an inverted subject
    return Found(i, end) if t.usable(i, end) else None


def _with_agent(t: Sentence, found: Found | None) -> Found | None:
    """A phrase whose last word follows its noun (a participle), with the agent phrase after it: "le modèle émis | par
    les scientifiques", "fuentes citadas | por" (the phrase cut before its agent names no source); not "el portavoz |
    por teléfono"."""
    if found is None or found.j - found.i < 2 or found.j + 1 >= t.n or t.low[found.j] not in t.c.agents:
        return found
    if t.low[found.j - 2] in t.c.determiners:
        return found
    end = t.np(found.j + 1)
    return Found(found.i, end) if end is not None and t.usable(found.i, end) else None


def _name_written(t: Sentence, i: int, j: int) -> bool:
    """Whether the document writes tokens [i, j) (a word, a name particle, a capitalised word after a verb) as one
    name: at the opening of a sentence or clause, where a particle joins a name (`Sentence.name_particle`)."""
    name = r"\s+".join(re.escape(tok.text) for tok in t.toks[i:j])
    return re.search(rf"(?:^|[.!?:;,(\"“”„«»]\s*|\n)\s*{name}(?!\w)", t.doc or t.s) is not None


def _inner_adverb(t: Sentence, i: int) -> bool:
    """Whether token i is an adverb that may stand inside a verb form ("écrit notamment le quotidien"), no pronoun."""
    return t.low[i] in t.c.inner_adverbs and t.low[i] not in t.c.personal and t.low[i] not in t.c.pronouns


def _follows_subject(t: Sentence, k: int) -> bool:
    """Whether token k may follow an inverted subject: punctuation, a date, a preposition, another phrase."""
    if t.punct(k) or t.timex[k] or t.low[k] in t.c.determiners:
        return True
    low = t.low[k]
    return low in t.c.stop and low not in t.c.auxiliaries and low not in t.c.complementisers


def _cut_relative(t: Sentence, i: int, end: int) -> int:
    for k in range(i + 1, end):
        if t.low[k] in t.c.relatives:
            return k
    return end


def _appositions(t: Sentence, comma: int) -> Found | None:
    """A subject with appositions ending at the comma before the verb: "Anna Berg, 31, said", "X, the …, said"."""
    chunks: list[tuple[int, int]] = []
    b = comma
    while len(chunks) < 4 and b >= 0 and t.toks[b].text == ",":
        a = _clause_start(t, b - 1) - 1
        if a < 0 and b == 1 and _opening_adverb(t):
            b = -1  # "However, the minister, who …, said": an opening adverb, no apposition
            break
        if a == b - 1 and b > 2 and _affiliation(t, b - 2, b):
            a = b - 3  # "Jane Roe, R-Ky., said": the designation's period ends no clause
        elif a >= 0 and not t.punct(a):
            a = _relative_opening(t, a, b)  # "X, who works in retail as a sales manager, said"
            r = next((m for m in range(a, max(0, a - 12), -1) if t.punct(m) or t.low[m] in t.c.relatives), 0)
            if r > 0 and t.low[r] in t.c.relatives and t.low[r] not in t.c.complementisers and not t.punct(r - 1):
                p = _clause_start(t, r - 1) - 1  # "X, a veteran of the CIA who retired as director in 2013, said"
                a = p if r - (p + 1) > 1 and t.phrase_pp(p + 1, r) else a
        elif a > 0 and t.low[a + 1] in t.c.coordinators:
            a = _relative_opening(t, a, b, commas=True)  # "Beck, who backed Ted Cruz, R-Texas, and opposed …, said"
        if b - (a + 1) < 1 or (b - (a + 1) > 20 and t.low[a + 1] not in t.c.relatives) or b - (a + 1) > 30:
            break
        opener = a < 0 and b > 1 and (t.low[0] in t.c.openers or t.low[0] in t.c.coordinators)
        chunks.append((a + 2 if opener else a + 1, b))  # "And John Allen, who …, said": not "And"
        b = a
    opened = b < 0 or t.toks[b].text in _CLOSING or (t.toks[b].text == "," and b > 0 and t.toks[b - 1].text in _QUOTES)
    if len(chunks) > 1 and chunks[-1][0] == 0 and t.preposition(0):
        chunks, opened = chunks[:-1], True  # "Pour sa part, le ministre, en pleine course, a déclaré": an adjunct
    aside = len(chunks) > 1 and _aside(t, *chunks[0])
    if aside:
        chunks = chunks[1:]  # "Priebus, in the wake of a new poll, told"; "Will Rogers, for example, said"
    ok: list[tuple[int, int]] = []
    for i, j in chunks:
        number = (j - i <= 2 and t.toks[i].number and not t.timex[i]) or _affiliation(t, i, j)
        relative = t.low[i] in t.c.relatives and t.low[i] not in t.c.complementisers  # ", who …,"
        inner = next((r for r in range(i + 1, j) if t.low[r] in t.c.relatives or _reduced_relative(t, r)), None)
        if number or relative or t.phrase_pp(i, j) or (inner is not None and t.phrase_pp(i, inner)):
            ok.append((i, j))
        else:
            break
    left = ok[-1] if ok else (0, 0)
    head_named = bool(ok) and t.named(*left)
    alone = len(ok) < 2 and not head_named and not (aside and opened and len(chunks) == 1)
    if not ok or alone or (len(ok) < len(chunks) and not opened and not head_named):
        return None
    cut = next((r for r in range(left[0] + 1, left[1]) if _reduced_relative(t, r)), left[1])
    if not (t.phrase_pp(*left) or t.phrase_pp(left[0], cut)) or left[0] != chunks[len(ok) - 1][0]:
        return None  # "The head of the super PAC backing Jeb Bush, Mike Murphy, praised": the name is the subject
    if not opened and len(ok) == len(chunks) and not head_named:
        start = chunks[-1][0]
        if start > 0 and not (t.toks[start - 1].text in _QUOTES or start - 1 == b):
            return None
    names = [
        (i, j)
        for i, j in reversed(ok)
        if t.named(i, j) and t.low[i] not in t.c.relatives and not _age(t, i, j) and not _affiliation(t, i, j)
    ]
    if names:
        i, j = names[0]
        return Found(i, j)
    return Found(*left) if t.usable(*left) else None


def _opening_adverb(t: Sentence) -> bool:
    """Whether the sentence's first word is an adverb that opens it ("However", "Meanwhile", "Lastly")."""
    low, c = t.low[0], t.c
    ends = bool(c.adverb_endings) and len(low) > 4 and low.endswith(c.adverb_endings) and low not in c.adverb_not
    return low in c.openers or low in c.adverbs or ends


def _relative_opening(t: Sentence, a: int, b: int, commas: bool = False) -> int:
    """The comma before a relative clause set off by commas that holds the conjunction at token a and ends at the
    comma b ("X, who works in retail as a sales manager, said", "X, who asked not to be named because …, said");
    `commas`: the token after a is a coordinator, the clause may hold commas ("X, who backed Ted Cruz, R-Texas,
    and opposed …, said"). `a` when there is none within 30 tokens."""
    for r in range(a - 1, max(0, b - 30), -1):
        if t.punct(r) and not (commas and t.toks[r].text == ","):
            return a
        low = t.low[r]
        if low in t.c.relatives and low not in t.c.complementisers and t.toks[r - 1].text == ",":
            return r - 1
    return a


def _reduced_relative(t: Sentence, k: int) -> bool:
    """Whether token k is a present participle opening a reduced relative clause in an apposition ("one of the
    states suing the EPA", "a veteran who …" without the relative)."""
    ends = t.c.opening_participles
    return bool(ends) and len(t.low[k]) > 4 and not t.cap(k) and t.low[k].endswith(ends) and t.low[k] not in t.c.stop


def _affiliation(t: Sentence, i: int, j: int) -> bool:
    """Whether tokens [i, j) are a party designation after a name ("Jane Roe, R-Ky., said"): part of the name."""
    text = "".join(t.toks[k].text for k in range(i, j))
    return j - i <= 3 and any(p.match(text) for p in t.c.affiliations)


def _aside(t: Sentence, i: int, j: int) -> bool:
    """Whether tokens [i, j), set off by commas right before a verb, are an aside (a prepositional phrase or
    adverbs: "in the wake of a new poll", "for example", "however"), not an apposition."""
    if t.preposition(i) or all(t.adverb(k) for k in range(i, j)):
        return True
    if j - i > 1 and not t.cap(i) and t.c.opening_participles and t.low[i].endswith(t.c.opening_participles):
        return True  # "President Obama, dedicating the museum on Saturday, said": a present participle's clause
    ends = t.c.participle_cut  # "The poll, released on Wednesday by the institute, showed": a participle's adjuncts
    return bool(ends) and j - i > 1 and not t.cap(i) and t.low[i].endswith(ends) and _adjuncts(t, i + 1, j)


def _age(t: Sentence, i: int, j: int) -> bool:
    """Whether tokens [i, j) are a bare number (an age apposition, "Dennise Laboy, 55,"): part of a name, never
    a source of its own."""
    return all(t.toks[k].number and not t.timex[k] for k in range(i, j))


def _clause_start(t: Sentence, j: int) -> int:
    """The first token of the stretch ending at token j, back to a boundary; a parenthesis belongs to the
    stretch ("Sen. Marco Rubio (R-Fla.) said")."""
    a = j
    while a >= 0 and (not t.boundary(a) or t.toks[a].text == ")"):
        if t.toks[a].text == ")":
            a = next((m for m in range(a - 1, max(-1, a - 8), -1) if t.toks[m].text == "("), a)
        a -= 1
    return a + 1


def _unclosed_apposition(t: Sentence, comma: int, start: int, end: int) -> Found | None:
    """The name before an apposition whose closing comma is missing, right before the verb: "Sen. Kristen Gillibrand
    (D-NY), a supporter of Clinton’s bid told …" → the name, which opens its clause (at the sentence's start or
    after an opening adjunct); the apposition [start, end) opens with a determiner and is a noun phrase."""
    if comma < 1 or t.toks[comma].text != "," or end - start < 2 or t.low[start] not in t.c.determiners:
        return None
    first = _clause_start(t, comma - 1)
    opens = first == 0 or (t.toks[first - 1].text == "," and _adjunct_opening(t, 0, first - 1))
    if not opens or t.adverb(first) or t.preposition(first) or any(t.timex[k] for k in range(first, comma)):
        return None  # "On Friday, the senator said", "In Washington, a spokesman said": an adjunct, no name
    if not t.named(first, comma) or not t.phrase_pp(start, end):
        return None
    return Found(first, comma) if t.usable(first, comma) else None


def _backward(t: Sentence, cue: int) -> tuple[Found | None, bool]:
    """The subject before the verb at token `cue`; the flag says the verb begins its clause."""
    j = cue - 1
    while j >= 0 and (t.timex[j] or t.adverb(j)) and not t.punct(j):
        if t.timex[j] and j > 0 and not t.timex[j - 1] and t.preposition(j - 1):
            j -= 1  # "A poll in December found"
        j -= 1
    if j > 2 and t.toks[j].text == t.toks[j - 1].text == "-":  # "John McCain -- who lost … -- said"
        k = next((m for m in range(j - 3, max(0, j - 40), -1) if t.toks[m].text == t.toks[m - 1].text == "-"), None)
        if k is not None and k > 1:
            return _backward(t, k - 1)
    if j > 0 and t.toks[j].text in _DASHES:  # "Donald Trump - who previously said … - said"
        k = next((m for m in range(j - 1, max(-1, j - 40), -1) if t.toks[m].text == t.toks[j].text), None)
        if k is not None and k > 0:
            return _backward(t, k)
    if j >= 0 and t.toks[j].text == ",":
        found = _appositions(t, j)
        if found is not None:
            return found, False
    b = _clause_start(t, j) - 1
    start, end = b + 1, j + 1
    name = _unclosed_apposition(t, b, start, end)
    if name is not None:
        return name, False
    if end - start > 1 and t.low[start] in t.c.coordinators:
        if start > 1 and t.toks[start - 1].text == "," and _listed(t, start - 1):
            return None, False  # "Ein Turm, Wart genannt, und ein alter Palast erzählen": whole or nothing
        start += 1  # "…, and Nicklaus said"
    if end <= start or t.low[end - 1] in t.c.clitics:
        return None, True  # "Así lo afirmó X": an object pronoun before the verb, its subject after it
    if t.c.v2 and (t.stop(start) or (t.low[start] in t.c.objects and end - start == 1)):
        return None, True
    if t.c.v2 and _opening_field(t, cue):
        return None, True  # "Op de vraag of … de V. S. antwoordde Scott Carson": the subject follows the verb
    for a in range(end - 2, start - 1, -1) if t.c.v2 else ():  # verb-final passive: "von X gemeldet"
        if t.low[a] in t.c.agents and t.phrase(a + 1, end) and t.name_particle(start, a, end) is None:
            return (Found(a + 1, end) if t.usable(a + 1, end) else None), False
    if any(t.low[k] in t.c.coordinators for k in range(start, end)):
        while b > 0 and t.toks[b].text == ",":
            p = b - 1
            while p >= 0 and not t.boundary(p):
                p -= 1
            if b - (p + 1) == 1 and t.low[p + 1] in t.c.openers:
                break  # "Yet, a study by Harvard and Yale found": an opener, no part of a list
            if b - (p + 1) > 4 or not t.phrase(p + 1, b):
                if p < 0 and t.phrase_pp(0, b):
                    return None, False  # "An alliance of chefs, celebrities and charities urges": whole or nothing
                break
            start, b = p + 1, p
    relative = _relative_clause(t, start, end)
    if relative is not None:
        return relative, False
    if not t.c.v2 and end - start > 1 and t.low[end - 1] in t.c.personal and _adjunct_opening(t, start, end - 1):
        return Found(end - 1, end), False  # "On Monday he said", "but late Saturday he announced"
    if end - start > 12:  # too long for a subject; a name may still stand right before the verb
        return _trailing_name(t, start, end), False
    if t.phrase(start, end):
        cut = _verb_final_object(t, b, start, _cut_relative(t, start, end))
        return (Found(start, cut) if t.usable(start, cut) else None), False
    k = t.np(start, end)  # "Die Regierung in Berlin und die NATO sagen": the phrase before a preposition
    if k is not None and k < end and not t.punct(k) and t.preposition(k) and t.phrase_pp(start, end):
        return (Found(start, k) if t.usable(start, k) else None), False
    name = _trailing_name(t, start, end)
    if name is not None:
        return name, False
    ends = t.c.participle_cut
    for _ in range(2):  # "A poll from Marquette Law School released Wednesday found": its prepositional phrases
        if k is None or k >= end - 1 or not t.preposition(k) or t.low[k] in t.c.agents:
            break
        k = t.np(k + 1, end)
    if k is not None and k < end and ends and t.low[k].endswith(ends) and not t.cap(k) and t.usable(start, k):
        rest = range(k + 1, end)  # "A news report published Wednesday said": a participle and its date
        if all(t.timex[m] or t.preposition(m) or t.cap(m) for m in rest) or _adjuncts(t, k + 1, end):
            return Found(start, k), False
    if end - 2 >= start and t.low[end - 1] in t.c.relatives and t.low[end - 1] not in t.c.complementisers:
        for a in range(max(start, end - 9), end - 1):  # "voters who believed": the relative, the phrase before it
            if t.phrase(a, end - 1) and t.usable(a, end - 1):
                if a > start and t.preposition(a - 1) and t.phrase_pp(start, end - 1) and t.usable(start, end - 1):
                    a = start  # "Callers to the … radio program who said": the subject the phrase belongs to
                return Found(end - 1, end, (a, end - 1)), False
    return None, False


def _verb_final_object(t: Sentence, b: int, start: int, end: int) -> int:
    """The end of the subject [start, end) of a verb closing a clause opened by a conjunction at token b, where
    every noun is capitalised: a determiner, a noun and a name may be the subject and the verb's object ("während
    die Opposition Merkel kritisierte"), so the subject is the determiner and the noun; a name whose first word is
    capitalised like an adjective stays whole ("weil die Deutsche Bahn mitteilte", "der Minister Scholz"), and so
    does one after a conjunction standing for the content reported (`content_conjunctions`: "wie die
    Kantonspolizei Aargau mitteilte"), which leaves the verb no other object."""
    c = t.c
    if not (c.capitalised and b >= 0 and t.low[b] in c.conjunctions) or end - start < 3:
        return end
    if t.low[b] in c.content_conjunctions:
        return end
    if t.low[start] not in c.determiners or t.low[start + 1].endswith(tuple(c.adjective_endings)):
        return end
    return start + 2 if all(t.cap(k) for k in range(start + 1, end)) else end


def _opening_field(t: Sentence, cue: int) -> bool:
    """Whether the verb at token `cue` is the second constituent of a v2 sentence whose first field, holding no
    punctuation, opens with a preposition ("Op de vraag of de deal … is antwoordde X"): its subject follows it."""
    i = 0
    while i < cue and t.toks[i].text in _QUOTES:
        i += 1
    return cue > i and t.preposition(i) and not any(t.punct(k) for k in range(i, cue))


def _listed(t: Sentence, comma: int) -> bool:
    """Whether the sentence up to the comma at token `comma` is a noun phrase and short asides set off by commas
    ("Ein Turm, Wart genannt,"): a coordinator after the comma continues that phrase, no new clause."""
    chunks, b = [], comma
    while b > 0:
        a = b - 1
        while a >= 0 and t.toks[a].text != ",":
            a -= 1
        chunks.append((a + 1, b))
        b = a
    first = chunks[-1]
    return (
        len(chunks) > 1
        and first[0] == 0
        and t.phrase(*first)
        and all(0 < j - i <= 3 and not t.phrase(i, j) for i, j in chunks[:-1])
    )


def _relative_naming(t: Sentence, i0: int, i1: int) -> Found | None:
    """The subject of the verb [i0, i1) when it names or describes an object relative in quotation marks: "what X
    called “…”", "an explosion that X described as “…”", "what former employees have called a “…”"
    (`object_relatives` right before the subject, auxiliaries and adverbs before the verb; `naming_links`, a
    determiner between the verb and the quotation); else None."""
    k = i1
    if k < t.n and t.low[k] in t.c.naming_links:
        k += 1
    if k < t.n and t.low[k] in t.c.determiners:
        k += 1
    if not (k + 1 < t.n and set(t.toks[k].text) <= _QUOTES and t.toks[k + 1].quoted):  # “…”, ''…''
        return None
    j = i0 - 1
    while j >= 0 and t.adverb(j) and not t.punct(j):
        j -= 1  # "have called", "also described"
    for r in range(j - 1, max(-1, j - 8), -1):
        if t.punct(r):
            return None
        if t.low[r] in t.c.object_relatives:
            return Found(r + 1, j + 1) if t.phrase_pp(r + 1, j + 1) and t.usable(r + 1, j + 1) else None
    return None


def _split_phrasal(t: Sentence, i: int) -> int | None:
    """The particle of the phrasal verb whose first word is token i when dates or adverbs stand between them
    ("called Friday for", "called on Monday for": `phrasal`), else None."""
    particles = t.c.phrasal.get(t.low[i])
    if not particles:
        return None
    k = i + 1
    while k < t.n and (t.timex[k] or _before_date(t, k) or (t.adverb(k) and t.low[k] not in t.c.auxiliaries)):
        k += 1
    return k if i + 1 < k < t.n and t.low[k] in particles else None


def _be_form(t: Sentence, i: int) -> int:
    """Where the verb at token i begins: at the form of "be" before it when it is a progressive ("is telling",
    "was also calling for"; see `_progressive`), else at i."""
    if t.low[i] not in t.c.participles:
        return i
    j = i - 1
    while j > 0 and t.adverb(j) and t.low[j] not in t.c.progressive:
        j -= 1
    return j if j >= 0 and t.low[j] in t.c.progressive else i


def _names_object(t: Sentence, i: int) -> bool:
    """Whether a naming verb ending before token i takes an object and then a quotation that names it: "called
    the merger “a terrible deal”", "calling him ''a loser''" (the speaker's words about the object)."""
    while i < t.n and t.timex[i]:
        i += 1  # "a qualifié lundi la fusion de « … »"
    k = i
    while k < t.n and k - i < 10 and not t.punct(k) and not t.toks[k].quoted:
        k += 1
    if k == i or k >= t.n or t.preposition(i) or all(t.low[m] in t.c.determiners for m in range(i, k)):
        return False
    return t.toks[k].text in _QUOTES or t.toks[k].text == "''" or t.toks[k].quoted


def _clause_after_adjunct(t: Sentence, i: int) -> bool:
    """Whether a prepositional phrase (and dates) at token i is followed by a clause, a colon or a quotation:
    "…, saying in a tweet that …", "…, writing on Twitter: …"."""
    k: int | None = i
    for _ in range(2):
        if k is None or k >= t.n or not t.preposition(k):
            return False
        k = t.np(k + 1)
        while k is not None and k < t.n and t.timex[k]:
            k += 1
        if (
            k is not None
            and k < t.n
            and (t.low[k] in t.c.complementisers or t.toks[k].text == ":" or t.toks[k].text in _QUOTES)
        ):
            return True
    return False


def _relative_clause(t: Sentence, start: int, end: int) -> Found | None:
    """The subject before a restrictive relative clause whose subject is the relative pronoun, right before the
    verb at token `end`: "Democrats in Iowa who watched the debate said" → "Democrats in Iowa". A relative followed
    by a name, a pronoun or a determiner has a subject of its own ("voters who Trump said", "a probe which the
    agency said"): not this form."""
    r = next((m for m in range(start + 1, end - 1) if t.low[m] in t.c.relatives), None)
    if r is None or t.low[r] in t.c.complementisers or t.low[r].endswith(t.c.possessive):
        return None
    nxt = r + 1
    while nxt < end and t.adverb(nxt) and t.low[nxt] not in t.c.auxiliaries:
        nxt += 1
    tok = t.toks[nxt]
    aux = t.low[nxt] in t.c.auxiliaries and not tok.cap  # "who had watched", "qui ont regardé"
    if tok.cap or tok.number or tok.date or (t.stop(nxt) and not aux) or t.low[nxt] in t.c.determiners:
        return None
    if t.low[nxt] in t.c.personal or t.low[nxt] in t.c.pronouns:
        return None
    return Found(start, r) if t.phrase_pp(start, r) and t.usable(start, r) else None


def _adjunct_opening(t: Sentence, i: int, j: int) -> bool:
    """Whether tokens [i, j) open a clause before its subject pronoun with dates, adverbs and prepositional phrases
    only, after an opener or coordinator ("On Monday", "but late Saturday", "In 2010"; not "everything", "the
    things")."""
    while i < j and (t.low[i] in t.c.openers or t.low[i] in t.c.coordinators or t.toks[i].text == "("):
        i += 1
    if i >= j or not (t.timex[i] or t.preposition(i) or t.adverb(i)):
        return False
    while i < j and (t.timex[i] or t.adverb(i)) and not t.preposition(i):
        i += 1
    return i == j or (_adjuncts(t, i, j) and any(t.timex[k] for k in range(i, j)))


def _adjuncts(t: Sentence, i: int, j: int) -> bool:
    """Whether tokens [i, j) are only dates and prepositional phrases ("conducted | by the university in May"):
    what a participle after its noun may take."""
    m = i
    while m < j:
        if t.timex[m]:
            m += 1
            continue
        if not t.preposition(m) and t.low[m] not in t.c.agents and t.low[m] not in t.c.coordinators:
            return False
        if m + 1 < j and t.timex[m + 1]:
            m += 1  # "released on Tuesday"
            continue
        e = t.np(m + 1, j)
        if e is None:
            return False
        m = e
    return True


def _trailing_name(t: Sentence, start: int, end: int) -> Found | None:
    """A name of two or more words right before the verb, after whatever opens the clause: "At a rally on
    Monday Sen. Marco Rubio (R-Fla.) said"."""
    if t.c.capitalised or end - start < 3:
        return None
    k = end
    if t.toks[k - 1].text == ")":
        k = next((m for m in range(k - 2, max(start, k - 7), -1) if t.toks[m].text == "("), start)
    while k > start and t.cap(k - 1) and not t.timex[k - 1] and t.low[k - 1] not in t.c.determiners:
        k -= 1
    if k == start or end - k < 2 or not t.named(k, end) or t.toks[k].initial:
        return None
    prev = t.low[k - 1]
    return Found(k, end) if prev not in t.c.genitive and not prev.endswith(t.c.possessive) else None


def _name_inside(t: Sentence, i: int, j: int) -> Found | None:
    """The first run of two or more capitalised words inside the subject [i, j), after a lowercase word (a
    name after its title: "the economist Joseph Stiglitz")."""
    k = i + 1
    while k < j:
        if t.cap(k) and not t.cap(k - 1) and not t.timex[k] and not t.toks[k].number:
            m = k
            while m < j and t.cap(m) and not t.timex[m] and not t.toks[m].number:
                m += 1
            if m - k >= 2 and t.named(k, m):
                return Found(k, m)
            k = m
        k += 1
    return None


def _main_subject(t: Sentence, before: int, loose: bool = False) -> Found | None:
    """The subject of the sentence's main clause, when it opens the sentence ("Clinton celebrated …, saying");
    `loose`: the phrase opening it even when a conjunction follows (it may hold the verb: "X comments that")."""
    i = 1 if t.n > 1 and t.low[0] in t.c.openers else 0  # "But Mrs. Clinton will …"
    dash = next((k for k in range(min(t.n, 6)) if t.toks[k].text in "—―–-"), None)
    if dash is not None and all(t.cap(k) or t.punct(k) for k in range(dash)):
        i = dash + 1  # a dateline: "WASHINGTON ― The Obama administration announced"
    if i < t.n and (t.timex[i] or t.low[i] in t.c.stop or _opening_participle(t, i)):
        reach = 12 if _opening_participle(t, i) else 8  # "Looking back at the 1997 Asian financial crisis, X"
        commas = [k for k in range(min(t.n, before, reach + 8)) if t.toks[k].text == ","]
        if commas and reach <= commas[0] < 16 and t.preposition(i) and _adjuncts(t, i, commas[0]):
            reach = 16  # "In a victory speech in Westchester County on Tuesday night, X": prepositional phrases only
        if not commas or commas[0] >= reach:
            return None
        for n, comma in enumerate(commas):  # "At a rally in Portsmouth, N.H., on Tuesday, Senator X endorsed"
            if _opening_goes_on(t, comma + 1, commas[n + 1] if n + 1 < len(commas) else None):
                continue
            return _subject_at(t, comma + 1, before, loose)
        return None
    return _subject_at(t, i, before, loose)


def _opening_goes_on(t: Sentence, i: int, comma: int | None) -> bool:
    """Whether the phrase from token i to the next comma still belongs to an opening adjunct: a prepositional
    phrase or a date ("At a rally in Ames, on Tuesday, …"), or a place name followed by one ("In Ames, Iowa, on
    Sunday, …", "in Springfield, Ill., on …")."""
    if i >= t.n:
        return False
    if t.timex[i] or t.preposition(i):
        return True
    if comma is not None and t.timex[comma - 1] and all(t.cap(k) or t.timex[k] for k in range(i, comma)):
        return True  # "In a speech in Fort Pierce, Florida Friday, Clinton …": a place name, then a date
    if comma is None or comma + 1 >= t.n or not all(t.cap(k) or t.toks[k].text == "." for k in range(i, comma)):
        return False
    return t.timex[comma + 1] or t.preposition(comma + 1)


def _subject_at(t: Sentence, i: int, before: int, loose: bool) -> Found | None:
    """The main clause's subject starting at token i (see `_main_subject`)."""
    if i >= before or t.toks[i].quoted or t.punct(i):
        return None
    if t.low[i] in t.c.conjunctions or t.low[i] in t.c.adverbs:
        return None
    end = t.np(i, before, name_cut=True)
    if end is None or end >= before:
        return None
    end = _cut_relative(t, i, end)
    end = next((k for k in range(i + 1, end) if t.low[k] in t.c.finite and not t.cap(k)), end)  # "the company wrote"
    if t.toks[end].text == "(":  # "Kasich (who has 25 delegates) said"
        close = next((k for k in range(end + 1, min(before, end + 12)) if t.toks[k].text == ")"), None)
        if close is None or close + 1 >= before:
            return None
        verb = close + 1
        return Found(i, end) if not t.punct(verb) and t.usable(i, end) and t.subject_like(i, end) else None
    if t.toks[end].text == ",":
        comma_verb = _appositions_end(t, end, before)
        if comma_verb is None:
            return None
    elif t.punct(end) or (t.low[end] in t.c.conjunctions and not loose):
        return None
    return Found(i, end) if t.usable(i, end) and t.subject_like(i, end) else None


def _opening_participle(t: Sentence, i: int) -> bool:
    """Whether token i, opening the sentence, is a participle opening an adverbial clause ("Looking back at …,")."""
    ends = t.c.opening_participles
    if i != 0 or len(t.low[i]) <= 4 or t.toks[i].quoted:
        return False
    if ends and len(t.low[i]) > 5 and t.low[i].endswith(ends):
        return True
    cut = t.c.participle_cut  # a past participle before a preposition: "Asked on Monday whether …,", "Chastened by …,"
    return bool(cut) and t.low[i].endswith(cut) and t.n > 1 and t.preposition(1)


def _appositions_end(t: Sentence, comma: int, before: int) -> int | None:
    """The index after an apposition "X, the …, " that starts at `comma`, or None."""
    relative = comma + 1 < before and t.low[comma + 1] in t.c.relatives  # "X, who …, agreed"
    reach = comma + (32 if relative else 20)
    nxt = next((k for k in range(comma + 1, min(before, reach)) if t.toks[k].text == ","), None)
    if nxt is None:
        return None
    if relative or t.phrase(comma + 1, nxt) or t.toks[comma + 1].number:
        return nxt + 1
    if nxt - comma <= 16 and (t.phrase_pp(comma + 1, nxt) or _aside(t, comma + 1, nxt)):
        return nxt + 1  # "Huma Abedin, vice chairwoman for Clinton’s campaign, emailed", "X, looking for a way, seized"
    return None


def _noun_use(t: Sentence, i: int) -> bool:
    """Whether the cue word at token i is used as a noun ("five states", "media reports", "the claims")."""
    k = i - 1
    while k > 0 and t.adverb(k) and t.low[k] not in t.c.auxiliaries:
        k -= 1  # "Obama's highly criticized press conference"
    if k >= 0:
        prev = t.toks[k]
        if prev.low in t.c.clitics or (_first_field(t, k) and i + 1 < t.n and _subject_after(t, i)):
            return False  # "Lo ha detto il ministro", "Das sagte der Minister": an object pronoun, then the verb
        share = any(t.share(m, t.n) == k + 1 for m in range(max(1, k - 2), k))  # "two in three said"
        if not share and (prev.low in t.c.determiners or (prev.number and not prev.date)):
            return True
        if prev.low.endswith(("'s", "’s")):
            return True
    if t.low[i] not in t.c.also_nouns:
        return False
    if i > 0 and t.toks[i - 1].mid_cap and not _named_report(t, i):
        return True  # "Rust Belt states that …"
    if i + 1 < t.n and (
        t.low[i + 1] in t.c.complementisers or t.toks[i + 1].text in _QUOTES or t.toks[i + 1].text == ":"
    ):
        return False  # "the report states that …", "he tweets: …"
    if t.low[i] in t.c.attitude and i + 1 < t.n and t.low[i + 1] in t.c.infinitive:
        return False  # "the mayor hopes to open …" (after a determiner it was a noun: "the plans to …")
    return not (i > 0 and (t.toks[i - 1].text == "," or t.toks[i - 1].text in _CLOSING))


def _subject_after(t: Sentence, i: int) -> bool:
    """Whether the subject follows the verb at token i after an object pronoun in the first field: a determiner or
    pronoun ("Das sagte der Minister"), or a name ("Das sagte Merkel am Montag"); after a form that is also its
    participle's adjective ("erklärte": "Das erklärte Ziel der Regierung ist …") only a name closing the clause,
    dates aside ("Das erklärte Olaf Scholz am Montag.")."""
    if t.subject_next(i + 1):
        return True
    if not t.cap(i + 1) or t.stop(i + 1):
        return False
    word = t.low[i]
    if not any(word.endswith(e) and word[: -len(e)] in t.c.past_participles for e in t.c.adjective_endings):
        return True
    end = t.np(i + 1)
    while end is not None and end < t.n and (t.timex[end] or _before_date(t, end)):
        end += 1
    return end is not None and (end == t.n or t.punct(end))


def _between_preposition_and_noun(t: Sentence, i0: int, i1: int) -> bool:
    """Whether the one-word cue at token i0, after a preposition, describes the noun after it ("with reported
    magnitude 6.3", "of alleged fraud"): a participle used as an adjective, no verb (not in V2 languages, whose
    verbs follow prepositional phrases: "Im Interview sagte Müller"; "según dijo el portavoz": a determiner next)."""
    c = t.c
    if c.v2 or i0 == 0 or i1 != i0 + 1 or i1 >= t.n:
        return False
    k = i0 - 1
    if not t.preposition(k) or t.low[k] in c.infinitive or t.low[k] in c.coordinators:
        return False
    after = t.toks[i1]
    return after.text.isalpha() and after.text.islower() and after.low not in c.stop and after.low not in c.determiners


def _perfect_subject(t: Sentence, i0: int, i1: int, word: str) -> Found | None:
    """The subject of a reporting participle that closes its clause after the perfect's auxiliary (`perfect`,
    v2 languages): before the auxiliary ("Der Minister hat am Dienstag in Berlin gesagt, …"), or right after it
    when the first field is an adjunct or an object ("Am Dienstag hat der Minister gesagt", "Das hat X gesagt")."""
    c = t.c
    if not c.perfect or word.casefold() not in c.past_participles or (i0 > 0 and t.low[i0 - 1] in c.modals):
        return None
    if i1 < t.n and (t.toks[i1].text in _DASHES or not (t.punct(i1) or t.low[i1] in c.complementisers)):
        return None  # the participle closes its clause, not a dashed aside ("– die Ministerin hat es gesagt –")
    aux = next((k for k in range(i0 - 1, max(-1, i0 - 15), -1) if t.boundary(k) or t.low[k] in c.perfect), None)
    if aux is None or t.low[aux] not in c.perfect:
        return None
    found, initial = _backward(t, aux)
    if found is not None and not all(t.timex[k] or t.adverb(k) for k in range(found.j, aux)):
        found, initial = None, True  # "Noch vor zwei Wochen hat …": the first field is an adjunct
    if found is None and initial:
        k = aux + 1
        while k < i0 and t.low[k] in c.oblique:
            k += 1  # "hat uns das Ministerium geantwortet"
        found = _forward(t, k, check_follow=False)
        if found is not None and found.j > i0:
            return None
    return found


def _first_field(t: Sentence, k: int) -> bool:
    """Whether token k is a pronoun object filling a V2 sentence's first field ("Das sagte …", "Dat zei …")."""
    return t.c.v2 and t.low[k] in t.c.objects and (k == 0 or (k == 1 and t.low[0] in t.c.openers))


def _named_report(t: Sentence, i: int) -> bool:
    """Whether a form that is also a noun after a name is the name's verb: a determiner opens the name and a clause
    with its own subject follows "that" ("The New York Post reports that the campaign …"; not "Rust Belt states
    that voted …")."""
    k = i - 1
    while k > 0 and t.toks[k - 1].mid_cap:
        k -= 1
    if k == 0 or t.low[k - 1] not in t.c.determiners or not _that_clause(t, i + 1):
        return False
    m = i + 2
    return t.low[m] in t.c.determiners or t.low[m] in t.c.personal or t.cap(m)


def _passive(t: Sentence, i: int) -> bool:
    """Whether the verb at token i is a passive participle: after a passive auxiliary ("was announced") or (v2) a
    participle ("-t") later in the clause of a passive auxiliary ("wurden am Montag verlesen und bestätigt")."""
    if t.low[i] in t.c.participles:
        return False  # "is telling": a progressive, no passive
    j = i - 1
    while j >= 0 and t.low[j] in t.c.adverbs and t.low[j] not in t.c.passives:
        j -= 1
    if j >= 0 and t.low[j] in t.c.passives:
        return True
    if t.c.clause_passives and t.low[i].endswith("t"):
        for k in range(i - 1, _clause_start(t, i - 1) - 1, -1):
            if t.low[k] in t.c.clause_passives:
                return True
            if t.low[k] in t.c.auxiliaries or t.low[k] in t.c.agents:
                break  # another verb's clause; "wurde von der Agentur gemeldet": the agent is the source
    return False


def _find(
    t: Sentence, hits: list[tuple[str, int, int]], only_verbs: bool = False, max_cue: int | None = None
) -> tuple[tuple[Found, str] | None, bool]:
    """The source and cue that the cues `hits` in the sentence yield, whether a cue was seen.

    The first cue that yields a source wins, unless a later one closes the sentence after a comma: "X said …,
    according to the Times" and "X added …, the Times reported" are the Times' claims (the outer source).
    """
    c = t.c
    seen = False
    starts = [tok.start for tok in t.toks]
    first: tuple[Found, str] | None = None
    for kind, a, b in hits:
        if only_verbs and kind not in ("verb",):
            continue
        i0, i1 = bisect_left(starts, a), bisect_left(starts, b)
        if i0 >= t.n:
            continue
        if max_cue is not None and i0 > max_cue:
            break
        if first is not None and t.n - i1 > 10 and not _outranks(c, t.s[a:b], first[1]):
            continue  # after a source, only a cue closing the sentence (an outer source) or a report can matter
        tok = t.toks[i0]
        if tok.quoted or tok.mid_cap or t.toks[max(i0, i1 - 1)].end != b:
            continue  # a quoted speaker's words; a name ("the United States"); part of a word ("state’s")
        word = t.s[a:b]
        parts = word.split()
        if len(parts) == 3 and parts[1].casefold() in c.inner_adverbs:
            word = f"{parts[0]} {parts[2]}"  # "a également indiqué": the verb without the adverb inside it
        found: Found | None = None
        head = t.s[t.toks[i0 - 1].start : a].casefold() if i0 > 0 and t.toks[i0 - 1].end > a else ""
        if head:  # the cue starts inside a word: after an elided pronoun or "que" its subject follows it
            if kind != "verb" or not (head in c.clitics or head in c.complementisers):
                continue  # "n'a dit", "state’s"
            seen = True
            found = _forward(t, i1, check_follow=False)  # "L'ha detto il ministro", "ce qu'a déclaré le ministre"
        elif kind == "prep":
            if word.casefold() in c.after_comma and (i0 == 0 or t.toks[i0 - 1].text != ","):
                continue
            if i0 > 0 and c.determiners and t.low[i0 - 1] in c.determiners:
                continue
            if i1 < t.n and (t.low[i1] in c.auxiliaries or t.low[i1] in c.finite):
                continue  # "según ha anunciado la USAF", "según dijo el portavoz": the verb after it has the source
            if i1 + 1 < t.n and t.low[i1 + 1] in c.relatives and t.low[i1 + 1] not in c.complementisers:
                continue  # "secondo la quale …", "según el cual …": according to which, a relative clause
            if i1 < t.n and t.low[i1] in c.prep_clauses:  # "secondo quanto riferito dal ministro"
                if i1 + 3 < t.n and not t.punct(i1 + 1) and t.low[i1 + 2] in c.agents:
                    seen = True
                    found = _forward(t, i1 + 3, check_follow=False)
                    if found is not None and first is None:
                        first = (found, word)
                continue  # otherwise a verb of the clause has the source ("selon ce qu'a déclaré X")
            seen = True
            if word.casefold() in c.after_comma:  # ", so Außenminister X." (not ", so ist …")
                end = t.np(i1) if i1 < t.n else None
                close = end
                while close is not None and close < t.n and (t.timex[close] or _before_date(t, close)):
                    close += 1
                ok = end is not None and close is not None and (close == t.n or t.punct(close))
                if c.capitalised and i1 < t.n and not (t.cap(i1) or t.low[i1] in c.determiners):
                    ok = False  # ", so lernen viele …": "so" opens a clause, no source (German nouns are capitalised)
                found = Found(i1, end) if ok and end is not None and t.usable(i1, end) else None
            else:
                agent = " " in word and i1 + 1 < t.n and t.low[i1] in c.agents  # "nach Angaben von Experten"
                found = _with_agent(t, _forward(t, i1 + 1 if agent else i1, check_follow=False))
        elif kind == "post":
            seen = True
            found, _ = _backward(t, i0)
        elif kind == "part":
            comma = i0 - 2 if i0 > 1 and t.toks[i0 - 1].text in _CLOSING else i0 - 1  # '… as "fantastic," telling'
            addressed = word.casefold() in c.object_verbs  # "…, telling reporters that …"
            adjunct = i1 < t.n and t.preposition(i1) and not addressed and not _clause_after_adjunct(t, i1)
            linked = i0 > 1 and t.low[i0 - 1] in c.gerund_links and _main_clause(t, i0 - 1)  # "began by saying"
            if not linked and (comma < 0 or t.toks[comma].text != "," or adjunct):
                message = None if adjunct or comma < 0 else _message_sender(t, i0, word.casefold())
                if message is not None:  # "The town released a statement Wednesday saying …"
                    seen = True
                    first = (message, word) if first is None or _outranks(c, word, first[1]) else first
                continue  # "…, saying he …", "…, saying in a tweet that …"; not "…, adding to his victories"
            if word.casefold() in c.naming and not _names_object(t, i1):
                continue  # "…, calling it “meritless”" reports; "…, calling the race" does not
            if word.casefold() in c.stance and not _has_object(t, i1):
                continue  # "…, rejecting the plan" takes a stand; "…, rejecting outright" says not on what
            if word.casefold() in c.attitude and not _content(t, i1):
                continue  # "…, hoping to win" reports; "…, fearing the worst" does not
            seen = True
            found = _main_subject(t, comma)
            if found is not None and linked and not _verb_after(t, found.j):
                found = None  # "Dutch voters dealt a blow by rejecting …": the phrase read is no subject
            if found is not None and word.casefold() in c.evidential and not _evidence(t, found):
                found = None
        else:
            split = _split_phrasal(t, i0)
            if split is not None:  # "called Friday for", "called on Monday for"
                word, i1 = f"{t.toks[i0].text} {t.low[split]}", split + 1
            particles = c.particles.get(word.casefold())
            if _noun_use(t, i0) or _between_preposition_and_noun(t, i0, i1) or (i0 == 0 and max_cue is None):
                continue  # a noun; an adjective; a question, a command or a heading
            if _other_verb(t, i0, i1, particles):
                continue  # a noun; a question, a command or a heading; another verb ("schreibt … vor")
            verb = _finite_start(t, i0, word)  # "went on to say": the verb of going on has the subject
            if verb is None:
                continue  # "declined to say", "refused to discuss": no report
            modifier = not c.v2 and _modifier(t, i1, word)
            relative = _relative_subject(t, i0) if modifier else None
            if modifier and relative is None:
                continue  # a participle modifying a noun ("a merger announced Monday would")
            if word.casefold() in c.no_preposition and i1 < t.n and t.preposition(i1):
                continue  # "La reducción responde a una investigación": no report
            if word.casefold() in c.no_agent and i1 < t.n and t.low[i1] in c.agents:
                continue  # "The rise is explained by strong demand": a cause, no speaker
            if word.casefold() in c.clause_only and i1 < t.n and (t.low[i1] in c.determiners or _object(t, i1)):
                continue  # "claimed a victory", "declared victory", "a rapporté 7,7 millions": an object, no report
            transitive = word.casefold() in c.transitive and word.casefold() not in c.stance  # stance: `_has_object`
            namer = _relative_naming(t, i0, i1) if transitive or word.casefold() in c.naming else None
            quoted_name = namer is not None  # "what X called “…”": X names the thing
            if transitive and i1 < t.n and (t.preposition(i1) or t.low[i1] in c.genitive) and not quoted_name:
                continue  # "a man accused of fraud", "a plan described as bold": a participle, no report
            if word.casefold() in c.naming and not _names_object(t, i1) and not quoted_name:
                continue  # "called a meeting", "a group called “X”": naming needs an object and a quotation
            if word.casefold() in c.stance and (
                not _has_object(t, i1) or _after_relative(t, i0) or (i0 > 0 and t.low[i0 - 1] in c.infinitive)
            ):
                continue  # "X rejected.": a stand needs what it is taken on; "voters who support X", "to defend"
            if word.casefold() in c.closing and not _closes(t, i1):
                continue  # "Trump has learned that …": only "…, The Post has learned." reports
            if word.casefold() in c.sending and not _sends_message(t, i1):
                continue  # "gave the club $500,000", "a batch of emails": no message sent
            if word.casefold() in c.requests and i1 < t.n and t.low[i1] in c.infinitive:
                continue  # "asked to get", "urged to leave": a request, no report
            if word.casefold() in c.attitude and (not _content(t, i1) or _after_relative(t, i0) or _noun_like(t, i0)):
                continue  # "expects a busy summer", "voters who fear a recession": no content, a noun's attitude
            if particles:  # the particle closes the clause: "teilte am Montag mit, dass …"
                ends = [
                    k
                    for k in range(i1, min(t.n, i1 + 15))
                    if k + 1 == t.n or t.punct(k + 1) or t.low[k + 1] in c.complementisers  # "liet weten dat"
                ]
                particle = next((p for p in particles if ends and t.low[ends[0]] == p), None)
                if particle is None:
                    continue
                word = f"{word} {particle}"
            seen = True
            pronoun = next((len(v) - v.rfind("-") - 1 for v in c.inverted if t.low[i0].endswith(v)), 0)
            if pronoun:
                found = Found(i0, i0 + 1, tail=pronoun)  # "…, a-t-il déclaré": the joined pronoun
            elif relative is not None:
                found = relative  # "an inquiry which the probe said was covered up"
            elif namer is not None:
                found = namer  # "what former employees have called a “fraudulent scheme”"
            elif _passive(t, i0) or (c.v2 and i1 < t.n and t.low[i1] in c.passives and not t.punct(i1)):
                if i1 < t.n and t.low[i1] in c.agents:
                    found = _forward(t, i1 + 1, check_follow=False)
                if found is None:
                    continue
            elif (perfect := _perfect_subject(t, i0, i1, word)) is not None:
                found = perfect  # "Am Dienstag hat der Minister in Berlin gesagt, …"
            elif c.v2 and i1 < t.n and t.low[i1] in c.personal and i0 > 0 and word.casefold() not in c.naming:
                if t.toks[i1].text in c.addressee:
                    continue  # "Bitte glauben Sie mir", "dann stellen Sie fest": the audience addressed
                if i1 + 1 < t.n and t.low[i1 + 1] in c.accusative:
                    continue  # "Jetzt behaupten sie die Herrschaft": a direct object, no report
                found = Found(i1, i1 + 1)  # "Freilich sagt er", "«…», sagt er"
            elif verb != i0 and t.toks[verb - 1].text == "," and t.low[verb].endswith(c.opening_participles):
                found = _main_subject(t, verb - 1)  # "…, going on to say that …"
            else:
                be = _be_form(t, verb)
                found, initial = _backward(t, be)
                initial = initial and be == i0  # "is planning a referendum": a progressive's subject is before it
                if found is None and c.relative_sources and word.casefold() not in c.stance | c.attitude:
                    found = _relative_source(t, verb)  # "…, who said on Monday that …"
                    initial = initial and found is None
                if found is not None and any(
                    t.low[k] in c.perception and not t.toks[k].cap for k in range(found.i, found.j)
                ):
                    continue  # "The court heard Hartley admit …": an infinitive after a perception verb
                if found is None and verb > 0 and t.low[verb - 1] in c.coordinators:
                    found = _clause_subject(t, verb - 1)  # "… and said"
                elif (
                    found is None
                    and initial
                    and word.casefold() not in c.object_verbs
                    and not _after_phrase(t, i0, i1)
                    and (c.v2 or i0 == 0 or t.toks[i0 - 1].text != ";")  # "…; announced plans": its object
                ):
                    found = _forward(t, i1, check_follow=not c.v2)
                    if found is None and i0 > 0 and t.toks[i0 - 1].text == ",":
                        found = _subordinate_subject(t, i0) if c.v2 else None
                        chunk = _first_chunk(t)
                        if chunk is not None and chunk.j < i0 - 1:  # "Mehr Licht, sagt …": no subject, the words
                            found = found or chunk
            if word.casefold() in c.aside and not _in_aside(t, found, i1):
                continue  # "As Smith put it, …" reports; "put it on the table" does not
            clause = _that_clause(t, i1)  # "The Globe found that …": a finding reported
            if found is not None and word.casefold() in c.evidential and not clause and not _evidence(t, found):
                found = None
            if found is None and word.casefold() in c.evidential:
                found = _document_subject(t, i0)  # "A random survey conducted by the One America News Network found"
            if (
                c.v2
                and found is not None
                and i0 > 1
                and t.toks[i0 - 1].text == ","
                and found.j == i0 - 1
                and all(t.toks[k].text != "," for k in range(found.j))
            ):
                found = None  # "Mehr Licht, sagt mit Recht das Blatt": a verb after one comma is inverted (v2)
            if found is not None and _relative_oblique(t, found):
                found = Found(found.i + 1, found.j)  # "…, den die Fraktion kritisiert": a relative pronoun
            if found is not None and _oblique(t, found.i):
                found = None  # "erzählen dem Besucher", "hat dem Rat geantwortet": an object, not the subject
        if found is not None and word.casefold() in c.stance and _subordinate(t, found.i):
            found = None  # "Ever since she endorsed …", "that the board endorse …": a stand in the background
        if found is not None and found.j - found.i == 1 and _initial_only(t, found.i):
            found = None  # "l. J. erklärte", "F ranzösische": a cut initial or abbreviation names nobody
        if (
            found is not None
            and word.casefold() in c.attitude
            and found.j - found.i == 1
            and t.low[found.i] in c.speakers
        ):
            found = None  # "“I think the bill will pass,” the senator said": the speaker's hedge, not the source
        if found is not None and c.v2 and found.j - found.i == 1 and t.low[found.i] in c.objects:
            found = None  # "Offenbar hatte der Sprecher …": a first field that is not the subject is no source
        if found and first is None:
            survey = _survey(t, found)
            first = survey or (found, word)
            if only_verbs:
                break
        elif found and kind != "part" and _outer(t, i0, i1, found):
            return (found, word), True
        elif found and first is not None and _outranks(c, word, first[1]):
            first = (found, word)  # "The court rejected the appeal, but the family's lawyer said …"
    return first, seen


def _main_clause(t: Sentence, k: int) -> bool:
    """Whether token k lies in the sentence's main clause: no relative pronoun, subordinating conjunction or
    quotation before it ("Trump, who had provoked her by saying …", "When Trump … by suggesting …, I …")."""
    opening = t.c.relatives | t.c.conjunctions
    return not any(t.toks[m].quoted or (t.low[m] in opening and not t.cap(m)) for m in range(1, k))


def _verb_after(t: Sentence, k: int) -> bool:
    """Whether a verb follows a subject ending before token k (appositions, dates and adverbs between): an
    auxiliary, a form with a past ending (`participle_cut`: "appeared") or a verb of going on or beginning ("began")."""
    c = t.c
    if k < t.n and t.toks[k].text == ",":
        k = _appositions_end(t, k, t.n) or k  # "Dean, a medical doctor, then appeared"
    while k < t.n and (t.timex[k] or t.adverb(k)) and t.low[k] not in c.auxiliaries:
        k += 1
    if k >= t.n or t.punct(k) or t.cap(k):
        return False
    low = t.low[k]
    return (
        low in c.auxiliaries
        or low.endswith(c.participle_cut or ("\0",))
        or any(t.low[k : k + len(v)] == list(v) for v in c.phase)
    )


def _finite_start(t: Sentence, i: int, word: str) -> int | None:
    """Where the finite verb of the reporting verb `word` at token i begins: i itself, or when `word` is an
    infinitive after its marker (`[grammar] infinitive`: the lemma) the verb of going on or beginning before it
    (`phase_lemmas`, dates and adverbs between: "went on Monday to say", "continues to insist"); None after the
    marker and any other word ("declined to say", "refused to discuss"), or when `word` is an attitude verb ("began
    to think": a change of mind told by the writer): no report."""
    c = t.c
    if i == 0 or t.low[i - 1] not in c.infinitive or word.casefold() not in c.lemmas:
        return i
    if word.casefold() in c.attitude:
        return None
    k = i - 2
    while k >= 0 and (t.timex[k] or t.adverb(k)) and not t.punct(k):
        k -= 1
    return next(
        (k + 1 - len(v) for v in c.phase if k + 1 >= len(v) and tuple(t.low[k + 1 - len(v) : k + 1]) == v), None
    )


def _outranks(c: Cues, cue: str, other: str) -> bool:
    """Whether the cue `cue` outranks the cue `other` that yielded a source before it in the sentence: a reporting
    cue (no stance or attitude verb) outranks a stance verb (`stance_lemmas`), whose judgement is the speaker's
    own claim only when nobody reports it."""
    low = cue.casefold()
    return other.casefold() in c.stance and low not in c.stance and low not in c.attitude


def _subordinate(t: Sentence, i: int) -> bool:
    """Whether the subject at token i opens a subordinate clause: a conjunction before it that neither coordinates
    nor may open a main clause ("since", "that", "when"; not "and", "but")."""
    low = t.low[i - 1] if i > 0 else ""
    return low in t.c.conjunctions and low not in t.c.coordinators and low not in t.c.openers


def _has_object(t: Sentence, k: int) -> bool:
    """Whether a stance verb ending before token k has an object or a clause (dates and adverbs between): "rejected
    the plan", "questioned on Monday whether …", "hailed “a new era”"; not "rejected.", "rejected and left",
    "rejected by"."""
    while k < t.n and (t.timex[k] or t.adverb(k) or _before_date(t, k)) and t.low[k] not in t.c.auxiliaries:
        if t.punct(k):
            break
        k += 1  # "ruled on Tuesday that …"
    if k >= t.n or t.preposition(k) or t.low[k] in t.c.genitive:
        return False
    if t.low[k] in t.c.coordinators or t.low[k] in t.c.auxiliaries:
        return False
    return not t.punct(k) or t.toks[k].text in _QUOTES or t.toks[k].text == "''"


def _oblique(t: Sentence, i: int) -> bool:
    """Whether the phrase at token i is an object: opened by a form that is never nominative ("dem Rat"), or cut
    from one by abbreviations ("dem h. Bundesrathe"), or from a prepositional phrase ("bei der k. k. Behörde")."""
    if t.low[i] in t.c.oblique:
        return True
    k = i - 1
    while k >= 0 and (_initial_only(t, k) or (t.toks[k].text == "." and k > 0 and _initial_only(t, k - 1))):
        k -= 1
    if k == i - 1 or k < 0:
        return False
    if t.low[k] in t.c.oblique:
        return True
    return t.low[k] in t.c.determiners and k > 0 and t.preposition(k - 1)


def _relative_oblique(t: Sentence, found: Found) -> bool:
    """Whether the phrase opens with a relative pronoun in an oblique case right after a comma, before its own
    subject ("…, den die Fraktion kritisiert", "…, dem meine Partei zustimmt")."""
    i = found.i
    return (
        i > 0
        and found.j - i > 1
        and t.toks[i - 1].text == ","
        and t.low[i] in t.c.oblique
        and t.low[i] in t.c.determiners
        and not t.cap(i + 1)
        and t.low[i + 1] not in t.c.oblique
    )


def _initial_only(t: Sentence, k: int) -> bool:
    """Whether token k is a lone letter or an abbreviation of one or two letters ("J.", "k.", "F"), no pronoun."""
    word = t.toks[k].text.rstrip(".")
    return word.isalpha() and len(word) <= (2 if t.toks[k].text.endswith(".") else 1) and t.low[k] not in t.c.personal


def _survey(t: Sentence, found: Found) -> tuple[Found, str] | None:
    """The poll a share of people answered in: "In a Times/CBS News poll, 79 percent of Democrats said …"."""
    c = t.c
    i, j = found.ref or (found.i, found.j)  # "24 percent who said": the share a relative pronoun refers to
    if not c.shares or not any(t.low[m] in c.shares or t.toks[m].number for m in range(i, j)):
        return None
    for k in range(t.n - 1):
        if t.low[k] in c.survey_prepositions and not t.timex[k]:
            for m in range(k + 1, min(t.n, k + 10)):
                if t.punct(m) and t.toks[m].text != "/":
                    break
                if t.low[m] in c.evidence_nouns and t.phrase(k + 1, m + 1) and t.usable(k + 1, m + 1):
                    return Found(k + 1, m + 1), t.toks[k].text  # not "in Iowa head to the polls"
    return None


def _speaker_label(t: Sentence) -> tuple[Found, str] | None:
    """A name opening the sentence (or the part after a dash) right before a colon and an opening quotation mark:
    the speaker of the quotation ("Pollsters agree - Carl Bialik: “One of the biggest lessons …”", "Mark Blumenthal
    and Jon Cohen: “…”"); the colon is the cue."""
    for k in range(1, min(t.n - 1, 40)):
        if t.toks[k].text != ":" or t.toks[k + 1].text not in _QUOTES or t.toks[k].quoted:
            continue
        a = k - 1
        while a > 0 and not t.punct(a - 1) and k - a < 6:
            a -= 1
        if a > 0 and t.toks[a - 1].text not in _DASHES:
            return None
        if t.named(a, k) or _coordinated_names(t, a, k):
            return Found(a, k), ":"
        return None
    return None


def _named_survey(t: Sentence) -> tuple[Found, str] | None:
    """A survey (`surveys`) named in a phrase opened by one of `survey_prepositions`, in a sentence with a number and
    no reporting cue: the survey is the source of its figures ("In a CNN poll released Monday, Clinton led Trump 50
    to 40", "Kasich was at 25 percent in the most recent Fox poll" → "a CNN poll", "the most recent Fox poll"). The
    phrase opens with a determiner, a possessor or a name, and holds no other preposition ("in the race for the
    poll") and no quotation."""
    c = t.c
    if not c.surveys or not any(tok.number and not tok.date for tok in t.toks):
        return None
    for k in range(t.n - 2):
        if t.low[k] not in c.survey_prepositions or t.toks[k].quoted or t.timex[k]:
            continue
        first = k + 1
        if not (t.low[first] in c.determiners or t.cap(first) or t.low[first].endswith(c.possessive)):
            continue
        m = first
        while m < t.n and m - first < 10 and t.low[m] not in c.surveys:
            if (t.punct(m) and t.toks[m].text not in "/-") or t.toks[m].quoted or (m > first and t.stop(m)):
                break
            m += 1
        if m < t.n and t.low[m] in c.surveys and t.usable(first, m + 1):
            return Found(first, m + 1), t.toks[k].text
    return None


def _setting(t: Sentence) -> tuple[Found, str] | None:
    """The subject of the clause that a setting of speech (`settings`) belongs to, in a sentence without a reporting
    cue, and the setting's phrase as the cue: "In an interview with CNN on Sunday, Clinton laughed off the ad" →
    "Clinton", "In an interview"; "Cruz called the KKK abhorrent in a tweet Sunday" → "Cruz", "in a tweet". The
    phrase opens the sentence before the subject, or follows the subject's verb with no comma, conjunction or
    relative between; the verb is active ("Christie was pressed in an ABC interview" names the one spoken to)."""
    c = t.c
    for k in range(t.n - 2):
        if t.low[k] not in c.setting_prepositions or t.toks[k].quoted:
            continue
        m = _setting_noun(t, k + 1)
        if m is None:
            continue
        opening = k == 0 or (k == 1 and t.low[0] in c.openers)
        found = _main_subject(t, t.n) if opening else _main_subject(t, k)
        if found is None or (opening and found.i <= m) or _passive_verb(t, found.j):
            continue
        if not opening and (found.j >= k or any(_clause_break(t, x) for x in range(found.j, k))):
            continue
        return found, t.text(k, m + 1)
    return None


def _setting_noun(t: Sentence, first: int) -> int | None:
    """The token of a setting noun (`settings`) heading the phrase that starts at token `first` with a determiner
    or a possessor and has up to four modifiers before the noun ("an Instagram video", "his Monday speech")."""
    c = t.c
    if not (t.low[first] in c.determiners or t.low[first].endswith(c.possessive)):
        return None
    for m in range(first + 1, min(t.n, first + 6)):
        if t.low[m] in c.settings:
            return m if _heads(t, m + 1) else None
        if t.punct(m) or t.toks[m].quoted or (t.stop(m) and not t.timex[m]) or t.low[m] in c.genitive:
            return None
    return None


def _passive_verb(t: Sentence, k: int) -> bool:
    """Whether the verb after a subject ending before token k is passive: a form of `passives` (adverbs between)
    and a participle ("was pressed", "is asked")."""
    while k < t.n and t.adverb(k) and t.low[k] not in t.c.passives:
        k += 1
    if k >= t.n or t.low[k] not in t.c.passives:
        return False
    k += 1
    while k < t.n and t.adverb(k):
        k += 1
    return k < t.n and (t.low[k].endswith(t.c.participle_cut) or t.low[k] in t.c.finite)


def _clause_break(t: Sentence, k: int) -> bool:
    """Whether token k ends a clause stretch or opens another clause: punctuation other than a quotation mark, a
    conjunction, a relative pronoun."""
    if t.punct(k):
        return t.toks[k].text not in _QUOTES and t.toks[k].text != "''"
    return t.low[k] in t.c.conjunctions or t.low[k] in t.c.relatives


def _outer(t: Sentence, cue: int, cue_end: int, found: Found) -> bool:
    """Whether a later source closes the sentence after a comma: ", according to X", ", X reported"."""
    k = min(cue, found.i) - 1
    if k > 0 and t.toks[k].text in _CLOSING | {"''"}:
        k -= 1  # ", …,” the Post reported": the comma inside the closing quotation mark
    after_comma = k >= 0 and t.toks[k].text == ","
    k = max(cue_end, found.j)
    while k < t.n and (t.timex[k] or t.toks[k].text in "\"'”’»" or t.toks[k].text in ("''", ")")):
        k += 1
    rest = t.toks[k:]
    return after_comma and (not rest or all(tok.punct for tok in rest) or _trailing_ok(t, k) or _apposed(t, k))


def _apposed(t: Sentence, k: int) -> bool:
    """Whether tokens from k are an apposition closing the sentence: "…, informó Raúl Ramírez, periodista de
    Última Hora."."""
    if t.toks[k].text != ",":
        return False
    end = t.n
    while end > k + 1 and t.punct(end - 1):
        end -= 1
    return end > k + 1 and t.phrase_pp(k + 1, end)


def _trailing_ok(t: Sentence, k: int) -> bool:
    """Whether tokens from k are only a verb-and-date tail: "…, the Times reported on Monday.", "…, he said in
    New York." (names after a preposition)."""
    cut = t.c.participle_cut or ("\0",)
    named = False  # inside a name after a preposition
    for m in range(k, t.n):
        tok, low = t.toks[m], t.low[m]
        named = tok.cap and m > k and (named or t.preposition(m - 1))
        if not (named or tok.punct or tok.date or low in t.c.stop or t.adverb(m) or low.endswith(cut)):
            return False
    return True


def _object(t: Sentence, k: int) -> bool:
    """Whether token k opens an object without a determiner: a bare noun, or an amount where no clause may follow
    the verb bare ("a rapporté 7,7 millions"; English "claimed 790 soldiers had been killed" is a clause)."""
    amount = t.toks[k].number and not t.toks[k].date and not t.c.bare_complement
    return _bare_noun(t, k) or amount


def _bare_noun(t: Sentence, k: int) -> bool:
    """Whether token k is a lowercase word that opens no clause (no pronoun, conjunction, preposition, adverb or
    date): a noun object without a determiner ("declared victory", "claimed responsibility")."""
    tok, low, c = t.toks[k], t.low[k], t.c
    if tok.punct or tok.cap or tok.number or tok.date or tok.quoted or t.adverb(k):
        return False
    return not (low in c.personal or low in c.pronouns or low in c.stop or low in c.conjunctions)


def _modifier(t: Sentence, k: int, verb: str) -> bool:
    """Whether the verb ending before token k modifies a noun ("A merger announced Monday would …"): a clause's
    auxiliary follows it, after dates and adverbs only; unless the date opens the verb's clause (`_clause_date`)."""
    if _clause_date(t, k, verb):
        return False
    while k < t.n and (t.timex[k] or t.adverb(k)) and t.low[k] not in t.c.auxiliaries:
        k += 1
    return k < t.n and t.low[k] in t.c.auxiliaries


def _clause_date(t: Sentence, k: int, verb: str) -> bool:
    """Whether a date starting at token k, right after `verb`, is the subject of the verb's clause and a clause's
    auxiliary follows it: a bare year ("said 2016 has seen", no participle takes one bare), or any date after a
    verb whose clause follows bare and which takes no object ("said the year has seen", "said Monday would be";
    not "the cuts announced this month will")."""
    if k >= t.n or not t.timex[k]:
        return False
    e = k
    while e < t.n and t.timex[e]:
        e += 1
    if e >= t.n or t.low[e] not in t.c.auxiliaries:
        return False
    if e == k + 1 and _bare_year(t, k):
        return True
    return verb.casefold() in t.c.bare_clause


def _bare_year(t: Sentence, k: int) -> bool:
    """Whether token k is a year written alone in four digits ("2016")."""
    text = t.toks[k].text
    return t.toks[k].number and len(text) == 4 and text.isdigit()


def _relative_subject(t: Sentence, cue: int) -> Found | None:
    """The subject between a relative pronoun and the reporting verb at token `cue` whose clause the relative
    pronoun is the subject of ("an inquiry which the probe said was covered up", "hackers who officials say
    are tied to …"); the caller has checked that an auxiliary follows the verb."""
    j = cue - 1
    while j >= 0 and t.adverb(j) and not t.punct(j):
        j -= 1
    for r in range(j - 1, max(-1, j - 12), -1):
        if t.punct(r):
            break
        if t.low[r] in t.c.relatives:  # "which the Organization for Economic Cooperation and Development says"
            ok = r + 1 <= j and t.phrase_pp(r + 1, j + 1) and t.usable(r + 1, j + 1)
            return Found(r + 1, j + 1) if ok else None
    return _contact_subject(t, j)


def _contact_subject(t: Sentence, j: int) -> Found | None:
    """The subject ending at token j of a relative clause without a relative pronoun right after the noun it
    describes ("a probe the agency said was ongoing", "a dynamic Greenberg said could drive"): a name, a subject
    pronoun or a phrase opened by a determiner, after a lowercase noun that a determiner opens (no preposition or
    punctuation between); not "the cuts announced Monday will" (a participle, no subject between). Only where a
    clause may go without its complementiser (`bare_complement`: English drops "that" here too)."""
    c = t.c
    if not c.bare_complement:
        return None
    for r in range(j, max(1, j - 8), -1):
        opens = t.low[r] in c.determiners or t.low[r] in c.personal or (t.toks[r].cap and not t.toks[r].initial)
        if not opens or not t.phrase_pp(r, j + 1) or not t.usable(r, j + 1) or not _bare_noun(t, r - 1):
            continue
        det = next((m for m in range(r - 2, max(-1, r - 5), -1) if t.low[m] in c.determiners or t.stop(m)), None)
        if det is not None and t.low[det] in c.determiners and det < r - 1:
            return Found(r, j + 1)
    return None


def _message_sender(t: Sentence, cue: int, word: str) -> Found | None:
    """The subject that sends a message (`messages`) whose content the participle at token `cue` reports: "The
    town released a statement Wednesday saying …", "Trump unleashed a series of tweets early Friday saying …"
    → the main subject, when one verb stands between it and the message's determiner."""
    c = t.c
    if not c.messages or word in c.object_verbs | c.naming | c.stance | c.attitude | c.evidential:
        return None
    k = cue - 1
    while k >= 0 and (t.timex[k] or _before_date(t, k)) and not t.punct(k):
        k -= 1
    if k < 2 or t.low[k] not in c.messages:
        return None
    det = k - 1
    while det > 0 and k - det < 5 and t.low[det] not in c.determiners and not t.punct(det) and not t.cap(det):
        det -= 1
    if det < 2 or t.low[det] not in c.determiners:
        return None
    if t.punct(det - 1) or t.stop(det - 1):
        return None  # "his campaign sent out a …": the verb is not the one word before the message
    found = _main_subject(t, det)
    return found if found is not None and found.j == det - 1 else None


def _sends_message(t: Sentence, k: int) -> bool:
    """Whether a sending verb (`sending_lemmas`) ending before token k has a message as its object (dates
    between): a determiner, a possessor or a number, up to four modifiers and a message noun (`sent_messages`) that
    heads its phrase ("sent a cease-and-desist letter Thursday", "released the following statement:"), not "a
    batch of emails", "a statement of support", "a video game", "released video of the shooting" (no determiner)."""
    c = t.c
    while k < t.n and t.timex[k] and not t.punct(k):
        k += 1
    if k >= t.n or not (t.low[k] in c.determiners or t.low[k].endswith(c.possessive) or t.toks[k].number):
        return False  # "released video of the shooting": footage, no message
    for m in range(k + 1, min(t.n, k + 6)):
        if t.low[m] in c.sent_messages:
            return _heads(t, m + 1)
        if (t.stop(m) and not t.timex[m]) or t.low[m] in c.genitive:
            return False
    return False


def _closes(t: Sentence, k: int) -> bool:
    """Whether only dates and the sentence's final punctuation follow token k."""
    while k < t.n and t.timex[k]:
        k += 1
    return all(t.punct(m) and t.toks[m].text not in ",;:" for m in range(k, t.n))


def _heads(t: Sentence, k: int) -> bool:
    """Whether the noun before token k heads its phrase: what follows it opens no noun after it (punctuation, a
    date, a preposition or conjunction, a participle, an adverb), nor a genitive ("a statement of support")."""
    if k >= t.n or t.punct(k) or t.timex[k]:
        return True
    low = t.low[k]
    if low in t.c.genitive:
        return False
    return t.stop(k) or t.adverb(k) or low.endswith(t.c.opening_participles + t.c.participle_cut)


def _in_aside(t: Sentence, found: Found | None, after: int) -> bool:
    """Whether an aside verb (`aside_lemmas`) ending before token `after` has the subject `found` right after an
    opener ("As Smith put it") and is followed by punctuation or an `aside_follow` word ("put it in a speech")."""
    if found is None or found.i == 0 or t.low[found.i - 1] not in t.c.aside_openers:
        return False
    while after < t.n and (t.timex[after] or (_before_date(t, after) and not t.punct(after))):
        after += 1  # "as Smith put it on Monday."
    return after >= t.n or t.punct(after) or t.low[after] in t.c.aside_follow


def _relative_source(t: Sentence, cue: int) -> Found | None:
    """The relative pronoun (`relative_sources`) that is the subject of the reporting verb at token `cue` in a
    clause set off by a comma after a name that closes a clause begun before it: "The mayor met Smith, who said
    on Monday that …" → "who", referring to "Smith". None when the name opens its clause ("Smith, who said …,
    was elected", "In 2010, Smith, who …": the main subject; the claim is the reporter's) or is no name
    ("listeners, who said …": whom it refers to is not known)."""
    j = cue - 1
    while j >= 0 and (t.timex[j] or t.adverb(j)) and not t.punct(j):
        if t.timex[j] and j > 0 and not t.timex[j - 1] and t.preposition(j - 1):
            j -= 1  # "who in 2010 said"
        j -= 1
    if j < 2 or t.low[j] not in t.c.relative_sources or t.toks[j - 1].text != ",":
        return None
    if cue + 1 < t.n and t.low[cue] in t.c.clause_only and t.preposition(cue + 1):
        return None  # "who in 2012 added to his portfolio": no report
    close = next((k for k in range(cue + 1, t.n - 1) if t.toks[k].text == ","), None)
    if close is not None and (t.low[close + 1] in t.c.auxiliaries or t.low[close + 1] in t.c.passives):
        return None  # "Trump, who has accused …, may have …": the clause sits in the main subject
    ref = _antecedent(t, j - 1)
    return Found(j, j + 1, (ref.i, ref.j)) if ref is not None else None


def _antecedent(t: Sentence, comma: int) -> Found | None:
    """The name a relative pronoun after the comma at token `comma` refers to: the name ending at the comma
    ("met Smith,", "by Sen. Dianne Feinstein of California,"), or before one apposition ("McConnell, now the
    Senate majority leader,"), when something precedes it in its clause (a verb or a preposition)."""
    b = comma
    start = _clause_start(t, b - 1)
    if start >= b:
        return None
    if not t.cap(start) and start > 1 and t.toks[start - 1].text == ",":  # an apposition: the name before it
        m = start
        while m < b and t.adverb(m):
            m += 1
        if m >= b or not t.phrase_pp(m, b):
            return None
        b = start - 1
        start = _clause_start(t, b - 1)
    k = b
    while k > start and t.cap(k - 1) and not t.timex[k - 1] and not t.toks[k - 1].number:
        k -= 1
    head = b  # the name's head, before "of" ("Sen. Dianne Feinstein of California")
    if k < b and k - 2 > start and t.low[k - 1] in t.c.genitive and t.cap(k - 2):
        head = k - 1
        while k - 1 > start and t.cap(k - 2) and not t.timex[k - 2] and not t.toks[k - 2].number:
            k -= 1
        k -= 1
    if k <= start or k >= head or not t.named(k, head) or not t.usable(k, b):
        return None  # the name opens its clause: the main subject, or a subject after an opening adjunct
    prev = t.low[k - 1]
    if prev in t.c.determiners or prev.endswith(t.c.possessive) or t.toks[k].initial:
        return None
    return Found(k, b)


def _clause_subject(t: Sentence, before: int) -> Found | None:
    """The subject of the clause a coordinated verb shares: the phrase after the clause's conjunction ("as Yellen
    speaks … and testifies"; not after "that": "X said that the country would … and suggested" is X's), else the
    sentence's main subject."""
    b = before - 1
    while b >= 0 and not t.boundary(b):
        b -= 1
    if any(t.low[k] in t.c.relatives and t.low[k] not in t.c.complementisers for k in range(b + 1, before)):
        return None  # "…, who came out and endorsed Clinton": the relative pronoun's verbs, not the main subject's
    if b >= 0 and t.low[b] in t.c.conjunctions and t.low[b] not in t.c.complementisers and b + 1 < before:
        end = t.np(b + 1, before, name_cut=True)
        if end is not None and end < before and not t.punct(end) and t.usable(b + 1, end):
            return Found(b + 1, end)
        return None
    return _main_subject(t, before)


def _before_date(t: Sentence, k: int) -> bool:
    """Whether token k is a preposition opening a date ("am Montag" when only "Montag" was tagged)."""
    return k + 1 < t.n and t.timex[k + 1] and t.preposition(k)


def _other_verb(t: Sentence, i0: int, i1: int, particles: tuple[str, ...] | None) -> bool:
    """Whether the cue at tokens [i0, i1) belongs to another verb or construction: after a modal in its clause
    ("ich kann Ihnen sagen") or right before one ("vermuten lässt"), before an impersonal subject ("gab es"), or
    with a particle of another verb closing its clause ("schreibt … vor")."""
    c = t.c
    if i1 < t.n and t.low[i1] in c.reflexive:
        return True  # "Täglich melden sich Bürger": another verb
    if i0 > 0 and t.low[i0 - 1] in c.infinitive_markers:
        return True  # "door te zeggen dat": an infinitive
    if c.v2 and i1 < t.n and t.low[i1] in c.modals and t.low[i1] not in c.separable_particles:
        return True  # verb-final infinitive before its modal: "wie der Titel vermuten lässt"
    if c.modals:
        k = i0 - 1
        while k >= 0 and not t.punct(k):
            if t.low[k] in c.modals and not (0 < k < t.n - 1 and t.cap(k - 1) and t.cap(k + 1)):
                return True  # not inside a name: "Karl-Theodor zu Guttenberg sagte"
            k -= 1
    if c.v2 and i1 < t.n and t.low[i1] in c.pronouns and t.low[i1] not in c.determiners:
        return True
    if c.separable_particles:
        k = i1
        while k < t.n and k < i1 + 15 and not t.punct(k) and t.low[k] not in c.complementisers:
            k += 1  # the main clause ends before its complementiser ("zegt dat …")
        last = t.low[k - 1] if k > i1 else ""
        if last in c.separable_particles and last not in (particles or ()):
            return True
    return False


def _after_phrase(t: Sentence, i: int, i1: int) -> bool:
    """Whether the verb at token i follows a comma after a noun phrase (an apposition we could not attach):
    what follows the verb (ending at token i1) is then its object, not an inverted subject, unless it is a name."""
    if t.c.v2 or i < 2 or t.toks[i - 1].text != ",":
        return False
    end = t.np(i1, name_cut=True) if i1 < t.n else None
    if end is not None and t.named(i1, end) and (end == t.n or t.punct(end)):
        return False  # "…, a annoncé Mario Draghi, le président …": a name after the verb is its subject
    a = i - 2
    while a >= 0 and not t.boundary(a):
        a -= 1
    return a + 1 < i - 1 and t.phrase_pp(a + 1, i - 1)


def _that_clause(t: Sentence, k: int) -> bool:
    """Whether token k is a complementiser opening a clause: a determiner, a personal pronoun, a capitalised word, a
    number or a date follows it, or a bare noun with more after it than an infinitive or a stop ("found that the
    company …", "found that 1 in 4 …", "showed that men reported …"; not the pronoun in "found that hard to …")."""
    if k + 1 >= t.n or t.low[k] not in t.c.complementisers:
        return False
    return _clause_opens(t, k + 1)


def _clause_opens(t: Sentence, m: int) -> bool:
    """Whether token m opens a clause after its complementiser (see `_that_clause`)."""
    if t.low[m] in t.c.determiners or t.low[m] in t.c.personal or t.cap(m) or t.toks[m].number or t.timex[m]:
        return True
    return _bare_noun(t, m) and m + 1 < t.n and not t.punct(m + 1) and t.low[m + 1] not in t.c.infinitive


def _content(t: Sentence, k: int) -> bool:
    """Whether what follows an attitude verb ending before token k is the content it holds: a clause opened by a
    complementiser (after a comma too: "hofft, dass …"); where clauses may follow bare (`bare_complement`), also a
    subject pronoun or, before any punctuation, the infinitive marker or a clause's auxiliary ("hopes to open",
    "wants the council to vote", "believes the bill will pass"); not an object alone ("expects a busy summer",
    "esperan el tren", "wollte sie nicht")."""
    if k + 1 < t.n and t.toks[k].text == ",":
        k += 1  # "hofft, dass …"
    if k >= t.n:
        return False
    if _that_clause(t, k) or (k + 1 < t.n and t.low[k] in t.c.complementisers and t.low[k + 1] in t.c.pronouns):
        return True  # "expects that it will …", "glauben, dass es …"
    if t.toks[k - 1].text == ",":
        return False
    if not t.c.bare_complement:
        return False
    if t.low[k] in t.c.personal and t.low[k] not in t.c.speakers:
        return True
    for m in range(k, min(t.n, k + 6)):
        if t.punct(m) or t.low[m] in t.c.relatives or (t.preposition(m) and t.low[m] not in t.c.infinitive):
            return False
        if t.low[m] in t.c.infinitive or (m > k and t.low[m] in t.c.auxiliaries):
            return True
    return False


def _noun_like(t: Sentence, i: int) -> bool:
    """Whether an attitude verb at token i that is also a noun ("plans", "hopes", "fears") may be the noun: a verb
    only right after a subject pronoun, a capitalised word, or a determiner and one word, adverbs between ("she
    hopes to", "Smith also plans to", "the mayor hopes to"; not "made plans to", "the strike raised fears that",
    "the senator's hopes")."""
    c = t.c
    if t.low[i] not in c.also_nouns:
        return False
    k = i - 1
    while k >= 0 and t.adverb(k) and t.low[k] not in c.auxiliaries:
        k -= 1
    if k < 0 or t.low[k].endswith(c.possessive):
        return True
    if t.low[k] in c.personal or (t.toks[k].cap and not t.toks[k].number):
        return False
    m = k - 1
    while m >= 0 and t.toks[m].cap and not t.toks[m].number and t.low[m] not in c.determiners:
        m -= 1  # "the Clinton campaign plans"
    return not (m >= 0 and t.low[m] in c.determiners and t.low[k] not in c.determiners)


def _after_relative(t: Sentence, i: int) -> bool:
    """Whether the verb at token i follows a relative pronoun (adverbs between): "voters who fear …", "anybody who
    thinks …" hold an attitude that describes a noun."""
    k = i - 1
    while k >= 0 and t.adverb(k) and t.low[k] not in t.c.relatives:
        k -= 1
    return k >= 0 and t.low[k] in t.c.relatives


def _evidence(t: Sentence, found: Found) -> bool:
    """Whether an evidential verb's source is a document or a count ("a poll", "the report"), not anything."""
    head = next(
        (k - 1 for k in range(found.i + 1, found.j) if t.low[k] in t.c.genitive or t.preposition(k)), found.j - 1
    )  # "a poll of likely voters", "a poll from Marquette Law School"
    return t.low[head] in t.c.evidence_nouns or t.low[found.j - 1] in t.c.evidence_nouns  # "a poll of voters"


def _document_subject(t: Sentence, cue: int) -> Found | None:
    """The document or count (`evidence_nouns`) opening the clause of the evidential verb at token `cue`, with
    modifiers between them: "A random survey conducted by the One America News Network found", "Polls there show",
    "A new USA TODAY/Rock the Vote survey of those 18 to 35 years old shows". Only a plain phrase before the noun
    (determiners, adjectives, names, numbers, dates, a possessor), an opener ("Yet", "But") before it; subject-verb
    order only (no verb-second language, where the verb may precede its subject)."""
    if t.c.v2 or (cue > 0 and t.low[cue - 1] in t.c.infinitive):
        return None  # "The filings are expected to show that …": nothing shown yet; (v2) the subject may follow
    start = _clause_start(t, cue - 1)
    if start > 1 and t.timex[start] and t.toks[start - 1].text == "," and t.timex[start - 2]:
        start = _clause_start(t, start - 2)  # "A Sept. 15, 2011 email shows": the comma inside a date
    while start < cue and (t.low[start] in t.c.openers or t.low[start] in t.c.coordinators):
        start += 1
    m = next((k for k in range(start, cue) if t.low[k] in t.c.evidence_nouns), None)
    if m is None or t.toks[m].quoted:
        return None
    for k in range(start, m):
        if (t.punct(k) and t.toks[k].text not in "/-") or (t.stop(k) and not t.timex[k]) or t.toks[k].quoted:
            return None
    return Found(start, m + 1) if t.usable(start, m + 1) else None


def _subordinate_subject(t: Sentence, cue: int) -> Found | None:
    """In a verb-second language a verb closing a clause opened by a conjunction has its subject right after the
    conjunction: "…, wenn er einseitige Entscheidungen, zum Beispiel …, ankündigt" → "er"."""
    if cue + 1 < t.n and not t.punct(cue + 1) and t.low[cue + 1] not in t.c.coordinators:
        return None  # the verb does not close its clause: "Weil …, glaubten das viele"
    k = next((m for m in range(cue - 1, max(-1, cue - 25), -1) if t.low[m] in t.c.conjunctions), None)
    if k is None or k + 1 >= cue:
        return None
    if t.low[k + 1] in t.c.personal and t.usable(k + 1, k + 2):
        return Found(k + 1, k + 2)
    end = t.np(k + 1, cue)
    return Found(k + 1, end) if end is not None and t.usable(k + 1, end) else None


def _first_chunk(t: Sentence) -> Found | None:
    """The sentence's first field up to its first comma, when it is a noun phrase (a subject with apposition)."""
    i = 0
    while i < t.n and t.toks[i].text in _QUOTES:
        i += 1
    j = i
    while j < t.n and t.toks[j].text != ",":
        j += 1
    j = _cut_relative(t, i, j)
    if i < t.n and t.preposition(i):
        return None  # "Pour sa part, le ministre, …": an opening adjunct
    if j > i and j - i <= 10 and t.phrase(i, j) and t.usable(i, j):
        return Found(i, j)
    return None


def _noun_cue(t: Sentence) -> tuple[Found, str] | None:
    """The possessor and the noun of a noun cue (`claim_nouns`): a name's possessive ("Donald Trump’s") or a
    possessive pronoun (`possessive_pronouns`) right before the noun (`claim_modifiers` and adverbs between), a
    content clause opened by one of `claim_links` right after it (a comma between: "seine Behauptung, dass …"), and
    a date inside that clause: "Politifact seized on Trump’s claim that there have been thousands of shootings this
    year". Not "the claim that …" (no possessor), "his promise to resign" (no clause), "Trump’s claim that was
    debunked" (a relative clause), a date outside the clause ("On Monday, Trump’s claim that …"), nor yet a date
    between the noun and its clause ("Trump's assertion Monday that …": on PolNeAR train as often an unannotated
    possessor as an annotated one)."""
    c = t.c
    for k in range(1, t.n - 2):
        if t.low[k] not in c.claim_nouns or t.toks[k].quoted or t.toks[k].mid_cap:
            continue
        m = k + 2 if t.toks[k + 1].text == "," else k + 1
        link = next((v for v in c.claim_links if tuple(t.low[m : m + len(v)]) == v), None)
        e = m + len(link) if link is not None else t.n
        if e >= t.n or not (_clause_opens(t, e) or t.low[e] in c.pronouns) or t.low[e] in c.relatives:
            continue
        if not any(t.timex[e:]) or _object_relative(t, e):
            continue
        p = k - 1
        while p > 0 and k - p <= 2 and (t.low[p] in c.claim_modifiers or t.adverb(p)) and not t.stop(p):
            p -= 1
        if t.toks[p].quoted:
            continue
        if t.low[p] in c.possessive_pronouns:
            return Found(p, p + 1), t.toks[k].text
        if not (t.low[p].endswith(c.possessive) and t.cap(p)) or t.timex[p]:
            continue
        a = p
        while a > 0 and t.cap(a - 1) and not (t.punct(a - 1) or t.timex[a - 1] or t.toks[a - 1].number):
            a -= 1
        if a > 0 and t.low[a - 1] in c.determiners and t.low[a - 1] not in c.possessive_pronouns:
            a -= 1  # "the White House’s warning", "The Democrats’ claim"
        name = a + 1 if t.low[a] in c.determiners and a < p else a
        initial = name == p == 0  # "Clinton's warning": a possessive opening the sentence is a name
        if (initial or t.named(name, p + 1)) and not any(t.toks[x].quoted for x in range(a, p + 1)):
            return Found(a, p + 1), t.toks[k].text
    return None


def _object_relative(t: Sentence, e: int) -> bool:
    """Whether the clause at token e after a claim noun's "that" is a relative clause whose object is the noun: a
    subject, then a verb of making or repeating (`claim_relative_verbs`) or a reporting verb ("Trump's claim that
    he made in 2016", "the statement that Senator Jones issued in March")."""
    j = t.np(e)
    while j is not None and j < t.n and t.adverb(j) and t.low[j] not in t.c.claim_relative_verbs:
        j += 1
    return j is not None and j < t.n and (t.low[j] in t.c.claim_relative_verbs or t.low[j] in t.c.finite)


def _possessor(phrase: str, c: Cues) -> str:
    """A possessor phrase without its possessive ending ("Donald Trump’s" → "Donald Trump", "Democrats'" →
    "Democrats")."""
    for suffix in c.possessive:
        if phrase.casefold().endswith(suffix):
            return phrase[: len(phrase) - len(suffix)] + phrase[len(phrase) - len(suffix)] * suffix.startswith("s")
    return phrase


def _quoted(sentence: str) -> bool:
    s = sentence.rstrip()
    return bool(s) and (s[-1] in _QUOTES or s[-2:-1] in _QUOTES or sentence.lstrip()[:1] in _QUOTES)


def _subject_of(text: str, start: int, end: int, lang: str) -> tuple[str, bool] | None:
    """The subject of a preceding sentence (the phrase opening it, else the source of its reporting verb) and
    whether it is a name."""
    c = cues(lang)
    sentence = text[start:end]
    t = Sentence(Tokens(sentence, lang), c, text)
    if not t.n:
        return None
    found, _ = _find(t, [h for h in c.matches(Words(sentence)) if h[0] == "verb"])
    f = found[0] if found else _main_subject(t, t.n)  # a speaker goes on speaking: "X said …. He added"
    if f is None:
        return None
    return t.text(f.i, f.j), t.named(f.i, f.j) or _coordinated_names(t, f.i, f.j)


def _coordinated_names(t: Sentence, i: int, j: int) -> bool:
    """Whether tokens [i, j) are names joined by coordinators ("Chuck Grassley and Patrick Leahy")."""
    cuts = [k for k in range(i + 1, j - 1) if t.low[k] in t.c.coordinators]
    bounds = [i, *[k for cut in cuts for k in (cut, cut + 1)], j]
    return bool(cuts) and all(t.named(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True))


def _resolve(text: str, start: int, lang: str, t: Sentence, at: int, pronoun: str | None = None) -> str | None:
    """The name the resolvable pronoun at token `at` refers to: the named subject of its own sentence before it
    ("Mr. Trump lamented …, he said"), else of the nearest preceding sentence with one.

    A preceding sentence whose subject is the same pronoun continues the chain; one whose subject is some other
    phrase (not a name) or a different pronoun makes the reference ambiguous: None.
    """
    c = cues(lang)
    pronoun = pronoun or t.toks[at].text  # a possessive pronoun is resolved as its subject pronoun ("his": "he")
    if pronoun.casefold() not in c.resolvable and pronoun.casefold() not in c.plural:
        return None
    own = _main_subject(t, at) if at > 0 else None
    if at > 0 and (own is None or not t.named(own.i, own.j)):
        loose = _main_subject(t, at, loose=True)  # "the economist Joseph Stiglitz comments that …; he also notes"
        own = _name_inside(t, loose.i, loose.j) if loose is not None else None
    if own is not None and any(t.toks[k].quoted for k in range(own.i, own.j)):
        return None  # 'When Trump used the words, “I’m not there yet,” he …': a quotation names nobody
    if own is not None:
        return _person(text, start, t.text(own.i, own.j), pronoun, c)
    lo = max(0, start - RESOLVE_CHARS)
    spans = sentences.split(text, lo, start, lang)
    if lo > 0:
        spans = spans[1:]
    left = RESOLVE_SENTENCES
    marked = any(tok.text in _QUOTES for tok in t.toks[:at])  # a quotation mark between the pronoun and a sentence
    for a, b in reversed(spans):
        if left == 0:
            break
        if _quotation_only(text[a:b], lang):
            if not marked and _open_at_end(text[a:b], lang):
                return None  # the pronoun is inside the quotation: not the one who introduced it ("X reports: “…")
            marked = True
            continue  # the words of a speaker quoted: no subject of the narrative, nobody they name is meant
        marked = marked or any(q in text[a:b] for q in _QUOTATION_MARKS)
        subject = _subject_of(text, a, b, lang)
        if subject is None:
            if _names_inside(text[a:b], lang):
                return None  # someone else may be the one meant
            left -= 1
            continue
        phrase, named = subject
        if named:
            return _person(text, start, phrase, pronoun, c)
        first = phrase.split()[0].casefold()
        if phrase.casefold() != pronoun.casefold() and c.possessive_pronouns.get(first) != pronoun.casefold():
            return None
        # the same pronoun as subject, or its possessive ("His campaign raised …"): the chain goes on without using
        # up the sentences looked back over
    return None


def _quotation_only(sentence: str, lang: str) -> bool:
    """Whether every word of a sentence lies inside a quotation ('“Voters reject the establishment.', 'Those kids
    have jobs in Mexico.”' closing a quotation opened before it)."""
    if not any(q in sentence for q in ("“", "”", "„", "«", "»", "‘", '"', "''")):
        return False  # most sentences: no quotation mark to tokenise for
    toks = Tokens(sentence, lang).tokens
    words = [tok for tok in toks if not tok.punct]
    return bool(words) and all(tok.quoted for tok in words)


def _open_at_end(sentence: str, lang: str) -> bool:
    """Whether a quotation opened in `sentence` is still open at its end (no closing mark after its words)."""
    toks = Tokens(sentence, lang).tokens
    last = max((k for k, tok in enumerate(toks) if tok.text in _QUOTES), default=None)
    return last is not None and last + 1 < len(toks) and toks[last + 1].quoted


def _names_inside(sentence: str, lang: str) -> bool:
    """Whether a sentence names someone mid-sentence (two capitalised words in a row, not its first word)."""
    toks = Tokens(sentence, lang).tokens
    return any(a.mid_cap and b.mid_cap for a, b in pairwise(toks))


def _person(text: str, start: int, name: str, pronoun: str, c: Cues) -> str | None:
    """`name` if it may be the person `pronoun` stands for: no title of another pronoun ("Mr." for "she"), and
    a one-word name must be a surname the text wrote after a first name or title before ("Bernie Sanders" …
    "Sanders"), not any capitalised word ("Germany", "Air")."""
    words = name.split()
    if re.split(r"[’']", words[0])[0].casefold() in c.personal:
        return None  # "I’m", "he": a pronoun stands for no pronoun
    coordinated = any(w.casefold() in c.coordinators for w in words[1:-1])
    if coordinated != (pronoun.casefold() in c.plural):
        return None  # "they" stands for "X and Y", "he" for neither
    if coordinated:
        return name
    title = words[0].casefold()
    for other, titles in c.titles.items():
        if title in titles:
            return name if other == pronoun.casefold() else None
    if len(words) > 1:
        return name
    before = text[max(0, start - 4 * RESOLVE_CHARS) : start]
    return name if re.search(r"\b[A-Z][\w’'.-]*\s+" + re.escape(name) + r"\b", before) else None


def _may_cue(sentence: str, words: Words, hit: tuple[str, int, int], c: Cues) -> bool:
    """What the raw text already tells about a cue, before tokenising: a participle or an after-comma
    preposition needs the comma before it (a participle may follow a message noun instead, `messages`); an
    evidential verb needs a document noun in the sentence or a complementiser after it; a separable verb's form
    needs its particle; a form that is also a noun needs a clause, a colon or a quotation after it, or a comma
    before it."""
    kind, a, b = hit
    word = sentence[a:b].casefold()
    k = a - 1
    while k >= 0 and sentence[k].isspace():
        k -= 1
    comma_before = k >= 0 and sentence[k] in ",\"”’'»"
    before = sentence[:a].split() if kind == "part" else []
    if before and before[-1] in c.gerund_links:
        return True  # "began by saying"
    if kind == "part" and not comma_before and c.messages:  # "a statement Wednesday saying": a message before it
        return not c.messages.isdisjoint(words.low)
    if kind == "part" or (kind == "prep" and word in c.after_comma):
        return comma_before
    nxt = re.match(r"\w+|\S", sentence[b : b + 12].lstrip())
    clause = nxt is not None and nxt.group().casefold() in c.complementisers
    if word in c.evidential and c.evidence_nouns.isdisjoint(words.low) and not clause:
        return False  # "The court found that …" reports a finding without a document noun
    if word in c.particles and not any(p in words.low for p in c.particles[word]):
        return False  # "Ab 1999 gab es …": a separable verb's form without its particle
    if word in c.attitude and word in c.also_nouns:  # "hopes to", "fears that"; not "our hope is", "plans were"
        return clause or (nxt is not None and nxt.group().casefold() in c.infinitive)
    if word in c.also_nouns and not comma_before:
        return clause or (nxt is not None and nxt.group() in (":", *_QUOTES))
    return True


def _progressive(sentence: str, a: int, c: Cues) -> bool:
    """Whether the adverbial participle at offset `a` follows a form of "be" (`progressive`; adverbs between): a
    finite verb in the progressive ("is telling voters that …", "are now calling for …")."""
    for word in reversed(re.findall(r"[\w’']+", sentence[max(0, a - 60) : a])[-4:]):
        low = word.casefold()
        if low in c.progressive:
            return True
        adverb = low.endswith(c.adverb_endings) and low not in c.adverb_not
        if not (adverb or (low in c.adverbs and low not in c.auxiliaries)):
            return False
    return False


def _closing_quotation(sentence: str) -> int:
    """Where the quotation that closes `sentence` opens (-1 when the sentence does not end in one): "Trump said:
    “Did she …?”" → the offset of “."""
    end = sentence.rstrip()
    if not end or end[-1] not in _CLOSING or end[-1] == "'":
        return -1
    close = end[-1]
    opening = {"”": "“„", "»": "«", "’": "‘‚", '"': '"', "“": "„"}.get(close, "")
    return max((end.rfind(q, 0, len(end) - 1) for q in opening), default=-1)


def _says_only(t: Sentence, found: tuple[Found, str]) -> bool:
    """Whether the sentence after a quotation only names its speaker: after the source and the cue come only dates,
    adverbs, prepositional phrases or a colon ("Fügt Müller hinzu.", "Johnson said on Monday:"), no clause or
    object of the verb's own ("USAF negó que …")."""
    where, cue = found
    last = cue.split()[-1].casefold()
    k = max([where.j] + [m + 1 for m in range(t.n) if t.low[m] == last])
    while k < t.n and (t.timex[k] or t.adverb(k)) and not t.punct(k):
        k += 1
    if k < t.n and not t.punct(k) and not t.preposition(k):
        return False  # an object or a clause of the verb's own
    for m in range(k, t.n):
        if t.toks[m].text == ":":
            return True
        if t.low[m] in t.c.complementisers:
            return False
    return True


def _question_opening(sentence: str) -> int:
    """Where the question that closes `sentence` opens: its quotation ("Trump said: “Did she …?”"), else the last
    colon or opening quotation mark before it ("David Muir asked Republicans a question: Who …?", "she sent the
    same text: ''Do you feel the bern?"); -1 when the whole sentence asks."""
    opened = _closing_quotation(sentence)
    if opened >= 0:
        return opened
    marks = [m.start() for m in re.finditer(r":\s|(?:^|(?<=\s))(?:“|„|«|''|\")", sentence)]
    if not marks:
        return -1
    last = marks[-1]
    rest = sentence[last + 2 :]
    return -1 if any(q in rest for q in ("”", "»", "''", '"')) else last  # a quotation closed before the end


def _capitalised_inside(sentence: str, at: int) -> bool:
    """Whether the word at `at` is capitalised after a word or a comma (a name, never a cue; decided before
    tokenising, which most sentences then need not)."""
    if not sentence[at : at + 1].isupper():
        return False
    k = at - 1
    while k >= 0 and sentence[k].isspace():
        k -= 1
    return k >= 0 and (sentence[k].isalnum() or sentence[k] == ",")


def attribution(
    text: str,
    start: int,
    end: int,
    lang: str,
    spans: list[tuple[int, int]] | None = None,
    words: Words | None = None,
    view: Tokens | None = None,
) -> tuple[Attribution | None, bool]:
    """The (main) attribution of `text[start:end]` and whether a reporting cue occurs in it (see `attributions`)."""
    every, seen = attributions(text, start, end, lang, spans, words, view)
    return (every[0] if every else None), seen


def attributions(
    text: str,
    start: int,
    end: int,
    lang: str,
    spans: list[tuple[int, int]] | None = None,
    words: Words | None = None,
    view: Tokens | None = None,
) -> tuple[list[Attribution], bool]:
    """Every attribution of `text[start:end]`, the main one first, and whether a reporting cue occurs in it.

    The main attribution is the one the sentence's cues yield together (`_find`); the others are the sources its
    other cues yield each alone, left to right, when they are other phrases of the same sentence ("Clinton called
    her vote a mistake, but she noted that …": "Clinton", then "she").

    `spans` are TIMEX3 spans (offsets into `text`), `words` is `Words(text[start:end])`, `view` the sentence's
    token view (built here when not given). A quotation without a speaker of its own gets the speaker named
    right after it (`"…", fügt Watling hinzu.`), even in the next sentence.
    """
    c = cues(lang)
    sentence = text[start:end]
    found: tuple[Found, str] | None = None
    seen = False
    base = start  # where the sentence holding the source begins in `text`
    words = words or Words(sentence)
    hits = c.matches(words)
    t: Sentence | None = None
    if hits and sentence.rstrip().rstrip("\"'”“»«’").endswith("?"):
        opened = _question_opening(sentence)  # a quoted question: the verbs before it report (X said: “Did …?”)
        hits = [h for h in hits if h[0] != "verb" or h[2] <= opened]  # a question reports nothing ("Wer erklärt …?")
    if c.progressive:
        hits = [("verb", a, b) if k == "part" and _progressive(sentence, a, c) else (k, a, b) for k, a, b in hits]
    hits = [h for h in hits if not _capitalised_inside(sentence, h[1]) and _may_cue(sentence, words, h, c)]
    if hits and (masks := refusals(sentence, lang, words)):  # "was denied access": a refusal, no report
        hits = [h for h in hits if not any(x < h[2] and h[1] < y for x, y in masks)]
    noun_cue = bool(c.claim_nouns) and not c.claim_nouns.isdisjoint(words.low)
    if hits or noun_cue:  # most sentences have no cue: skip tokenising them
        view = view or Tokens(sentence, lang, [(a - start, b - start) for a, b in spans or []])
        t = Sentence(view, c, text)
        if hits:
            found, seen = _find(t, hits)
    if found is None and noun_cue and t is not None:
        found = _noun_cue(t)  # "Trump’s claim that …": after every verb cue, which outranks it
        seen = seen or found is not None
    survey = bool(c.surveys) and not c.surveys.isdisjoint(words.low)
    setting = bool(c.settings) and not c.settings.isdisjoint(words.low)
    if not seen and (survey or setting or _LABEL.search(sentence)):  # sources without a reporting word
        if t is None:
            view = view or Tokens(sentence, lang, [(a - start, b - start) for a, b in spans or []])
            t = Sentence(view, c, text)
        found = (
            (_named_survey(t) if survey else None)  # "In a CNN poll released Monday, Clinton led Trump 50 to 40"
            or (_setting(t) if setting else None)  # "In an interview on Sunday, Clinton laughed off the ad"
            or _speaker_label(t)  # "Pollsters agree - Carl Bialik: “One of the biggest lessons …”"
        )
        seen = found is not None
    if found is None and not seen and _quoted(sentence):  # a cue of its own ("she told reporters"): not the next
        raw = text[end : end + 240]
        tail = raw.lstrip(" \t\"'„“”«»‚‘’")  # a closing quote printed as opening: „Fügt …
        base = end + len(raw) - len(tail)
        cut = re.search(r"[.!?](?:\s|$)|\n", tail[1:])
        tail = tail[: cut.start() + 2] if cut else tail
        t = Sentence(Tokens(tail, lang), c, text)
        found, _ = _find(t, c.matches(Words(tail)), only_verbs=True, max_cue=4)
        if found is not None and not _says_only(t, found):
            found = None  # "USAF también negó que …", "Apple claimt dat …": a claim of its own, no speaker tag
        seen = found is not None
    if found is None or t is None:
        return [], seen
    every = [_attribution_of(text, start, lang, t, base, *found)]
    if base == start and c.speaker_links and len(hits) > 1:  # "X said …, while Y said …"
        sources = [found[0]]
        for hit in hits:
            other, _ = _find(t, [hit])
            if other is None or not _another_speaker(t, sources, other, _cue_tokens(t, hit)):
                continue
            extra = _attribution_of(text, start, lang, t, base, *other)
            if extra.name is not None and all(extra.name.casefold() != (a.name or "").casefold() for a in every):
                every.append(extra)  # a pronoun left unresolved may be the same speaker again: not added
                sources.append(other[0])
    return every, seen


def _cue_tokens(t: Sentence, hit: tuple[str, int, int]) -> range:
    """The tokens of the sentence `t` that the cue `hit` (its kind and character span) covers."""
    starts = [tok.start for tok in t.toks]
    return range(bisect_left(starts, hit[1]), bisect_left(starts, hit[2]))


def _another_speaker(t: Sentence, sources: list[Found], other: tuple[Found, str], cue: range) -> bool:
    """Whether the source `other` found by a cue alone is another speaker of the sentence besides `sources`: a
    reporting verb's subject (no stance, attitude or evidential verb: nested judgements are the speaker's content)
    in a clause of its own, a comma and one of `speaker_links` or a semicolon between it and every other source
    ("Smith said …, while Jones said …"; not "Smith said that Jones thinks …"). After the other sources, the
    link opens its clause: no punctuation, conjunction or relative pronoun between them but the cue's own words
    (`cue`: "…, mais selon le ministre, …"; not "…, but the report that Jones wrote …")."""
    c = t.c
    where, word = other
    if word.casefold() in c.stance | c.attitude | c.evidential:
        return False
    for known in sources:
        if known.i < where.j and where.i < known.j:
            return False
        a, b = (known.j, where.i) if known.j <= where.i else (where.j, known.i)
        opened = [k + n for k in range(a, b) if (n := _link(t, k)) and k + n <= b]
        if not opened:
            return False
        if known.j <= where.i and any(
            k not in cue and (t.boundary(k) or t.low[k] in c.relatives) for k in range(opened[-1], b)
        ):
            return False
    return True


def _link(t: Sentence, k: int) -> int:
    """How many tokens from `k` open another speaker's clause: a semicolon, or a comma and the longest of
    `speaker_links` there ("mientras que", not "mientras"); 0 when they do not."""
    if t.toks[k].text == ";":
        return 1
    if t.toks[k].text != ",":
        return 0
    return max((1 + len(v) for v in t.c.speaker_links if tuple(t.low[k + 1 : k + 1 + len(v)]) == v), default=0)


def _attribution_of(text: str, start: int, lang: str, t: Sentence, base: int, where: Found, cue: str) -> Attribution:
    """The attribution whose source is `where` in the sentence `t` (which begins at `base` in `text`) and whose cue
    is `cue`: a pronoun resolved, a relative pronoun with the name it refers to, a possessor without "’s"."""
    c = t.c
    phrase = t.text(where.i, where.j)
    at = base + t.toks[where.i].start
    if where.tail:  # "a-t-il déclaré": the pronoun joined to the verb
        phrase, at = phrase[-where.tail :], base + t.toks[where.i].end - where.tail
        return Attribution(phrase, cue, _resolve(text, start, lang, t, where.i, phrase), at)
    if where.ref is not None:  # a relative pronoun: written "who", the name it refers to
        return Attribution(phrase, cue, t.text(*where.ref), at)
    if where.j - where.i == 1 and t.low[where.i] in c.personal:
        return Attribution(phrase, cue, _resolve(text, start, lang, t, where.i), at)
    if where.j - where.i == 1 and t.low[where.i] in c.possessive_pronouns:  # "his claim that …"
        name = _resolve(text, start, lang, t, where.i, c.possessive_pronouns[t.low[where.i]])
        own = _main_subject(t, where.i)
        if name is not None and own is not None and t.text(own.i, own.j) == name:
            return Attribution(name, cue, name, base + t.toks[own.i].start)  # "Putin backpedaled on his …"
        return Attribution(phrase, cue, name, at)
    if cue.casefold() in c.claim_nouns:
        phrase = _possessor(phrase, c)  # "Donald Trump’s claim that …": the possessor without "’s"
    return Attribution(phrase, cue, phrase, at)


def attitude_cue(cue: str, lang: str) -> bool:
    """Whether an attribution's cue is an attitude verb ("expects", "a espéré"): its claim is held, not stated."""
    attitude = cues(lang).attitude
    low = cue.casefold()
    return low in attitude or any(w in attitude for w in low.split())
