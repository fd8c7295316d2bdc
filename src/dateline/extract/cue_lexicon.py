"""Reporting cues of one language, compiled from `data/<lang>/cues.toml`: the cue index (reporting verbs
inflected from their lemmas by `dateline.extract.inflect`, adverbial participles, source prepositions and
postpositions) and the `[grammar]` word classes that describe noun phrases (see `dateline.extract.attribution`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateline.extract.inflect import Inflection
from dateline.extract.keywords import KeywordIndex, Words
from dateline.extract.lexicon import index
from dateline.resources import load


def _low(words: list[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


@dataclass(frozen=True)
class Cues:
    """One language's compiled attribution cues and phrase grammar."""

    index: KeywordIndex
    kinds: tuple[str, ...]  # the group (verb, part, prep, post) of each of the index's keywords
    particles: dict[str, tuple[str, ...]]  # finite form of a separable verb -> the particles it may take
    evidential: frozenset[str]
    evidence_nouns: frozenset[str]
    object_verbs: frozenset[str]  # the phrase after them is their object (object, transitive and stance lemmas)
    perception: frozenset[str]
    also_nouns: frozenset[str]
    after_comma: frozenset[str]
    agents: frozenset[str]
    capitalised: bool
    v2: bool
    determiners: frozenset[str]
    genitive: frozenset[str]
    coordinators: frozenset[str]
    conjunctions: frozenset[str]
    complementisers: frozenset[str]
    stop: frozenset[str]
    adverbs: frozenset[str]
    auxiliaries: frozenset[str]
    passives: frozenset[str]
    pronouns: frozenset[str]
    personal: frozenset[str]
    resolvable: frozenset[str]
    plural: frozenset[str]  # plural subject pronouns: they stand for coordinated names only
    objects: frozenset[str]
    clitics: frozenset[str]  # object pronouns right before the verb: its subject follows it ("Lo ha detto X")
    accusative: frozenset[str]  # after a verb and its subject pronoun: a direct object follows (v2 languages)
    oblique: frozenset[str]  # never nominative: a phrase they open is no verb's subject
    clause_passives: frozenset[str]  # a participle after them in their clause is passive (v2 languages)
    relatives: frozenset[str]
    aside: frozenset[str]  # finite forms of verbs that report only in an aside opened by `aside_openers`
    aside_openers: frozenset[str]
    messages: frozenset[str]  # nouns of messages: "a statement saying …" reports its sender's claim
    sending: frozenset[str]  # verb forms that report with a message as object ("released a statement")
    sent_messages: frozenset[str]  # what a sending verb's object may be besides `messages` ("released a video")
    settings: frozenset[str]  # "in an interview", "in a tweet": its clause's subject is the source
    speaker_links: tuple[tuple[str, ...], ...]  # after a comma, they open another speaker's clause ("…, while Y")
    closing: frozenset[str]  # verb forms that report only closing the sentence ("…, The Post has learned.")
    setting_prepositions: frozenset[str]
    aside_follow: frozenset[str]  # words that may follow an aside verb besides punctuation ("put it in a speech")
    infinitive_markers: frozenset[str]  # a verb form right after them is an infinitive ("te zeggen")
    no_preposition: frozenset[str]  # verb forms that report nothing right before a preposition ("responde a")
    no_agent: frozenset[
        str
    ]  # whose passive agent is a cause, no speaker ("is explained by demand"): lemmas inflected, or forms
    prep_clauses: frozenset[str]  # words after a source preposition that open a clause ("secondo quanto …")
    perfect: frozenset[str]  # finite forms of the perfect's auxiliary ("hat"): a participle closing its clause
    past_participles: frozenset[str]  # reporting participles ("gesagt", "mitgeteilt", "gezegd")
    gapped: frozenset[str]  # forms of an auxiliary and a participle ("a indiqué"): an adverb may stand between
    inner_adverbs: frozenset[str]  # adverbs between an auxiliary and its participle ("a également indiqué")
    inverted: tuple[str, ...]  # subject pronouns joined after a verb ("-t-il": "a-t-il déclaré")
    relative_sources: frozenset[str]  # relative pronouns after a comma that are a closing reporting verb's subject
    claim_nouns: frozenset[str]  # nouns of saying: "Trump's claim that …" is Trump's (a possessor, a clause)
    claim_links: tuple[tuple[str, ...], ...]  # the words that open a claim noun's content clause ("that")
    claim_modifiers: frozenset[str]  # words between a possessor and its claim noun ("Trump's recent claim")
    claim_relative_verbs: frozenset[str]  # "the claim that he made": a relative clause, no content
    possessive_pronouns: dict[str, str]  # possessive pronoun -> the subject pronoun it is resolved as
    shares: frozenset[str]
    survey_prepositions: frozenset[str]
    surveys: frozenset[str]  # a survey named after `survey_prepositions` is the source of the figures ("in a CNN poll")
    openers: frozenset[str]
    dative_after_name: frozenset[str]  # after a name without determiner, a dative object ("sagte Müller der Zeitung")
    adjunct_openings: tuple[tuple[str, ...], ...]  # opening adverbials, never a source ("De son côté")
    titles: dict[str, frozenset[str]]
    adverb_endings: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    addressee: frozenset[str]
    modals: frozenset[str]
    separable_particles: frozenset[str]
    reflexive: frozenset[str]
    adverb_not: frozenset[str]
    date_adjectives: frozenset[str]  # words read as dates that are adjectives before a noun ("the current governor")
    clause_only: frozenset[str]
    infinitive: frozenset[str]
    requests: frozenset[str]
    lemmas: frozenset[str]  # the lemmas of reporting, attitude, stance and evidential verbs: their bare infinitive
    phase: frozenset[tuple[str, ...]]  # forms of verbs of going on or beginning ("went on", "continues") as words
    gerund_links: frozenset[str]  # a reporting "-ing" form after them has the main subject ("began by saying")
    finite: frozenset[str]  # one-word reporting verb forms that are no noun: they end a subject phrase
    naming: frozenset[str]  # report only as "call X 'Y'": an object, then a quotation
    bare_clause: frozenset[str]  # verb forms whose clause may follow bare: a noun phrase after them is its subject
    attitude: frozenset[str]  # forms of verbs of belief, expectation, hope, fear, wish: a source only with content
    stance: frozenset[str]  # forms of verbs that judge or take a stand: a cue only with an object, outranked by reports
    speakers: frozenset[str]  # first and second person pronouns: their attitude is a speaker's hedge, no source
    bare_complement: bool  # a verb's clause or infinitive may follow it without a complementiser (en)
    transitive: frozenset[str]
    share_links: tuple[tuple[str, ...], ...]  # "in", "out of" between two numbers: a share of people
    share_numbers: frozenset[str]
    share_first: frozenset[str]  # the first words of `share_links`
    correlatives: tuple[tuple[str, ...], ...]  # a conjunction opening the second half of a coordination
    vocatives: tuple[tuple[str, ...], ...]  # word sequences that open an address to the audience
    name_particles: tuple[tuple[str, ...], ...]  # lower-case words inside a name ("de", "von der"), longest first
    initial_particles: frozenset[tuple[str, ...]]  # of them, those joining only a first name opening a sentence ("zu")
    content_conjunctions: frozenset[str]  # conjunctions standing for the reported content ("wie X mitteilte")
    participle_cut: tuple[str, ...]
    phrase_breaks: frozenset[str]  # source prepositions that open another phrase, never end one ("a report | citing")
    opening_participles: tuple[str, ...]
    participle_keep: tuple[str, ...]
    possessive: tuple[str, ...]
    affiliations: tuple[re.Pattern[str], ...]  # a designation after a name that is part of it ("R-Ky.")
    progressive: frozenset[str]  # forms of "be" that make an adverbial participle after them finite ("is telling")
    participles: frozenset[str]  # the first words of the adverbial participles ("saying", "calling" of "calling for")
    object_relatives: frozenset[str]  # "what", "that": before a subject, the object of its naming verb
    naming_links: frozenset[str]  # between a describing verb and its quotation ("described as “…”")
    phrasal: dict[str, tuple[str, ...]]  # first word of a phrasal verb form -> its particles ("called" -> "for", "on")

    def matches(self, words: Words) -> list[tuple[str, int, int]]:
        """(kind, start, end) of every cue in `words.text`, left to right; an auxiliary and its participle with
        one of `inner_adverbs` between them ("a également indiqué") are a verb cue too."""
        hits = [(self.kinds[rank], a, b) for rank, a, b in self.index.find(words)]
        low = words.low
        if self.gapped and not self.inner_adverbs.isdisjoint(low):
            gaps = [k for k in range(1, len(low) - 1) if low[k] in self.inner_adverbs]
            found = [k for k in gaps if f"{low[k - 1]} {low[k + 1]}" in self.gapped]
            if found:
                hits += [("verb", words.starts[k - 1], words.ends[k + 1]) for k in found]
                hits.sort(key=lambda h: h[1])
        return hits


def _inflected(
    lemmas: list[str], table: Inflection, participles: frozenset[str]
) -> tuple[list[str], list[str], dict[str, tuple[str, ...]]]:
    """(finite and participle forms, adverbial participles, separable finite form -> particle) of `lemmas`."""
    forms: list[str] = []
    adverbial: list[str] = []
    particles: dict[str, tuple[str, ...]] = {}
    for lemma in lemmas:
        particle = lemma.rpartition("|")[0]
        slots = table.by_slot(lemma.rpartition("|")[2])
        alone, split = table.forms(lemma)
        for name, found in slots.items():
            if name in participles and not particle:
                adverbial += found
        forms += [f for f in alone if f not in adverbial]
        for form in split:
            particles[form.casefold()] = (*particles.get(form.casefold(), ()), particle)
    return forms, adverbial, particles


@cache
def cues(lang: str) -> Cues:
    """The compiled cues of `lang` (built once)."""
    data: dict[str, Any] = load(lang, "cues")
    att: dict[str, Any] = data.get("attribution", {})
    gram: dict[str, Any] = data.get("grammar", {})
    table = Inflection.load(data.get("inflection", {}))
    adverbial_slots = frozenset(data.get("inflection", {}).get("participles", []))
    forms, adverbial, particles = _inflected(
        [*att.get("lemmas", []), *att.get("attitude_lemmas", []), *att.get("stance_lemmas", [])], table, adverbial_slots
    )
    for form, particle in dict(att.get("particles", {})).items():  # listed separable forms ("liet" … "weten")
        particles[form.casefold()] = (*particles.get(form.casefold(), ()), particle.casefold())
    stance_forms, stance_adverbial, _ = _inflected(att.get("stance_lemmas", []), table, adverbial_slots)
    sending_forms = _inflected(att.get("sending_lemmas", []), table, adverbial_slots)[0]  # finite forms only
    transitive_forms = _inflected(att.get("transitive_lemmas", []), table, adverbial_slots)[0]
    attitude_forms, attitude_adverbial, _ = _inflected(att.get("attitude_lemmas", []), table, adverbial_slots)
    aside_forms = _inflected(att.get("aside_lemmas", []), table, adverbial_slots)[0]
    evid: dict[str, Any] = att.get("evidential", {})
    evid_forms, evid_adverbial, _ = _inflected(evid.get("lemmas", []), table, adverbial_slots)
    objects_forms, objects_adverbial, _ = _inflected(att.get("object_lemmas", []), table, adverbial_slots)
    inverted = tuple(v.casefold() for v in att.get("inverted", []))
    if inverted:  # "a déclaré" -> "a-t-il déclaré", "explique" -> "explique-t-il"
        heads = [f.partition(" ") for f in _inflected(att.get("lemmas", []), table, adverbial_slots)[0]]
        forms += [f"{head}{suffix}{space}{rest}" for head, space, rest in heads for suffix in inverted]
    found = KeywordIndex()
    kinds: list[str] = []
    verbs = list(
        dict.fromkeys(
            [
                *att.get("verbs", []),
                *att.get("attitude_verbs", []),
                *forms,
                *evid_forms,
                *particles,
                *aside_forms,
                *sending_forms,
                *att.get("closing_verbs", []),
            ]
        )
    )
    groups = (
        ("verb", verbs),
        ("part", adverbial + evid_adverbial),
        ("prep", att.get("prepositions", [])),
        ("post", att.get("postpositions", [])),
    )
    for name, words in groups:
        if words:
            index(words, found)
            kinds += [name] * (len(found.regexes) - len(kinds))
    return Cues(
        index=found,
        kinds=tuple(kinds),
        particles=particles,
        evidential=_low(evid_forms + evid_adverbial),
        evidence_nouns=_low(evid.get("nouns", [])),
        object_verbs=_low(
            objects_forms + objects_adverbial + stance_forms + stance_adverbial + transitive_forms + sending_forms
        ),
        perception=_low(_inflected(att.get("perception_lemmas", []), table, adverbial_slots)[0]),
        also_nouns=_low(att.get("also_nouns", [])),
        after_comma=_low(att.get("after_comma", [])),
        agents=_low(att.get("agents", [])),
        capitalised=bool(gram.get("nouns_capitalised", False)),
        v2=bool(gram.get("v2", False)),
        determiners=_low(gram.get("determiners", [])),
        genitive=_low(gram.get("genitive", [])),
        coordinators=_low(gram.get("coordinators", [])),
        conjunctions=_low(gram.get("conjunctions", [])),
        complementisers=_low(gram.get("complementisers", [])),
        stop=_low(gram.get("stop", []))
        | (frozenset(p for ps in particles.values() for p in ps) - _low(gram.get("determiners", []))),  # not "ein"
        adverbs=_low(gram.get("adverbs", [])),
        auxiliaries=_low(gram.get("auxiliaries", [])),
        passives=_low(gram.get("passives", [])),
        pronouns=_low(gram.get("pronouns", [])),
        personal=_low(gram.get("personal", [])),
        resolvable=_low(gram.get("resolvable", [])),
        plural=_low(gram.get("plural", [])),
        objects=_low(gram.get("objects", [])),
        clitics=_low(gram.get("clitics", [])),
        oblique=_low(gram.get("oblique", [])),
        accusative=_low(gram.get("accusative", [])),
        clause_passives=_low(gram.get("clause_passives", [])),
        relatives=_low(gram.get("relatives", [])),
        relative_sources=_low(gram.get("relative_sources", [])),
        inverted=inverted,
        perfect=_low(gram.get("perfect", [])),
        prep_clauses=_low(att.get("prep_clauses", [])),
        infinitive_markers=_low(gram.get("infinitive_markers", [])),
        no_preposition=_low(_inflected(att.get("no_preposition", []), table, adverbial_slots)[0]),
        no_agent=_low(
            _inflected(att.get("cause_agent_verbs", []), table, adverbial_slots)[0] + att.get("cause_agent_verbs", [])
        ),
        past_participles=_low(
            [
                lemma.rpartition("|")[0] + form
                for lemma in att.get("lemmas", [])
                for name, forms in table.by_slot(lemma.rpartition("|")[2]).items()
                if name in table.joined
                for form in forms
            ]
            + att.get("participles", [])
        ),
        gapped=frozenset(f.casefold() for f in forms if len(f.split()) == 2)
        if gram.get("inner_adverbs")
        else frozenset(),
        inner_adverbs=_low(gram.get("inner_adverbs", [])),
        claim_nouns=_low(att.get("claim_nouns", [])),
        claim_links=tuple(tuple(v.casefold().split()) for v in att.get("claim_links", [])),
        claim_modifiers=_low(att.get("claim_modifiers", [])),
        claim_relative_verbs=_low(_inflected(att.get("claim_relative_lemmas", []), table, adverbial_slots)[0]),
        possessive_pronouns={k.casefold(): v.casefold() for k, v in dict(gram.get("possessive_pronouns", {})).items()},
        aside=_low(aside_forms),
        aside_openers=_low(att.get("aside_openers", [])),
        messages=_low(att.get("messages", [])),
        sending=_low(sending_forms),
        sent_messages=_low(att.get("messages", []) + att.get("sent_messages", [])),
        settings=_low(att.get("settings", [])),
        speaker_links=tuple(tuple(v.casefold().split()) for v in att.get("speaker_links", [])),
        closing=_low(att.get("closing_verbs", [])),
        setting_prepositions=_low(att.get("setting_prepositions", [])),
        aside_follow=_low(att.get("aside_follow", [])),
        shares=_low(evid.get("shares", [])),
        survey_prepositions=_low(evid.get("prepositions", [])),
        surveys=_low(evid.get("surveys", [])),
        openers=_low(gram.get("openers", [])),
        dative_after_name=_low(gram.get("dative_after_name", [])),
        adjunct_openings=tuple(tuple(v.casefold().split()) for v in gram.get("adjunct_openings", [])),
        titles={k.casefold(): _low(v) for k, v in dict(gram.get("titles", {})).items()},
        adverb_endings=tuple(gram.get("adverb_endings", [])),
        adjective_endings=tuple(gram.get("adjective_endings", [])),
        addressee=frozenset(gram.get("addressee", [])),
        modals=_low(gram.get("modals", [])),
        separable_particles=_low(gram.get("separable_particles", [])),
        reflexive=_low(gram.get("reflexive", [])),
        adverb_not=_low(gram.get("adverb_not", [])),
        date_adjectives=_low(gram.get("date_adjectives", [])),
        clause_only=_low(_inflected(att.get("clause_only", []), table, adverbial_slots)[0])
        | _low(_inflected(att.get("clause_only", []), table, adverbial_slots)[1]),
        infinitive=_low(gram.get("infinitive", [])),
        requests=_low(_inflected(att.get("request_lemmas", []), table, adverbial_slots)[0]),
        lemmas=_low(
            [
                *att.get("lemmas", []),
                *att.get("attitude_lemmas", []),
                *att.get("stance_lemmas", []),
                *evid.get("lemmas", []),
            ]
        ),
        phase=frozenset(
            tuple(f.casefold().split())
            for forms in _inflected(att.get("phase_lemmas", []), table, adverbial_slots)[:2]
            for f in forms
        ),
        gerund_links=_low(att.get("gerund_links", [])),
        finite=_low([f for f in forms if " " not in f]) - _low(att.get("also_nouns", [])),
        naming=_low(
            [f for forms in _inflected(att.get("naming_lemmas", []), table, adverbial_slots)[:2] for f in forms]
        ),
        bare_clause=_low(_inflected(att.get("bare_clause_lemmas", []), table, adverbial_slots)[0])
        | _low(_inflected(att.get("bare_clause_lemmas", []), table, adverbial_slots)[1]),
        attitude=_low(attitude_forms + attitude_adverbial + att.get("attitude_verbs", [])),
        stance=_low(stance_forms + stance_adverbial + sending_forms),  # sending verbs: outranked, need an object
        speakers=_low(gram.get("speakers", [])),
        bare_complement=bool(gram.get("bare_complement", False)),
        share_links=tuple(tuple(v.casefold().split()) for v in gram.get("share_links", [])),
        share_numbers=_low(gram.get("share_numbers", [])),
        share_first=frozenset(v.casefold().split()[0] for v in gram.get("share_links", [])),
        vocatives=tuple(tuple(v.casefold().split()) for v in gram.get("vocatives", [])),
        name_particles=tuple(
            sorted((tuple(v.casefold().split()) for v in gram.get("name_particles", [])), key=len, reverse=True)
        ),
        initial_particles=frozenset(tuple(v.casefold().split()) for v in gram.get("initial_particles", [])),
        content_conjunctions=_low(gram.get("content_conjunctions", [])),
        correlatives=tuple(tuple(v.casefold().split()) for v in gram.get("correlatives", [])),
        transitive=_low(transitive_forms + stance_forms),
        participle_cut=tuple(gram.get("participle_cut", [])),
        phrase_breaks=_low(gram.get("phrase_breaks", [])),
        opening_participles=tuple(gram.get("opening_participles", [])),
        participle_keep=tuple(gram.get("participle_keep", [])),
        possessive=tuple(gram.get("possessive", [])) or ("\0",),
        affiliations=tuple(re.compile(p) for p in gram.get("affiliations", [])),
        progressive=_low(gram.get("progressive", [])),
        participles=_low([f.split()[0] for f in adverbial + evid_adverbial if f.strip()]),
        object_relatives=_low(gram.get("object_relatives", [])),
        naming_links=_low(att.get("naming_links", [])),
        phrasal=_phrasal(forms + adverbial),
    )


def _phrasal(forms: list[str]) -> dict[str, tuple[str, ...]]:
    """First word -> particles of the phrasal verb forms ("called for", "calling on") among `forms`."""
    out: dict[str, tuple[str, ...]] = {}
    for form in forms:
        first, _, rest = form.casefold().partition(" ")
        if rest and " " not in rest and rest not in out.get(first, ()):
            out[first] = (*out.get(first, ()), rest)
    return out
