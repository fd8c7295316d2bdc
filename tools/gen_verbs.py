"""Generate `src/dateline/data/<lang>/verbs.toml` (fr, es, it): the finite forms of frequent news verbs by tense.

The lemmas are in tools/news_verbs.toml; their forms come from verbecc's conjugation tables (LGPL-3.0; only its
output, inflected word forms, is committed). Third-person forms only (first and second persons are rare outside
quotes and collide with nouns: "cours", "mets"). A form that two tenses share ("finit": present and simple past)
is left out of both. Run `python tools/gen_verbs.py` with the `verbs` extra installed after editing the lemmas or
upgrading verbecc; `tests/test_timex_tense.py` fails when a committed file differs from what this script generates.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import tomllib
import warnings
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LEMMAS = ROOT / "tools" / "news_verbs.toml"
# verbecc's (mood, tense) → the tense dateline reads; moods not listed (subjunctive, imperative) are not read
TENSES: dict[str, dict[tuple[str, str], str]] = {
    "fr": {
        ("indicatif", "présent"): "present",
        ("indicatif", "imparfait"): "past",
        ("indicatif", "passé-simple"): "past",
        ("indicatif", "futur-simple"): "future",
        ("conditionnel", "présent"): "conditional",
    },
    "es": {
        ("indicativo", "presente"): "present",
        ("indicativo", "pretérito-imperfecto"): "past",
        ("indicativo", "pretérito-perfecto-simple"): "past",
        ("indicativo", "futuro"): "future",
        ("condicional", "presente"): "conditional",
    },
    "it": {
        ("indicativo", "presente"): "present",
        ("indicativo", "imperfetto"): "past",
        ("indicativo", "passato-remoto"): "past",
        ("indicativo", "futuro"): "future",
        ("condizionale", "presente"): "conditional",
    },
}
PARTICIPLES = {
    "fr": ("participe", "participe-passé"),
    "es": ("participo", "participo"),
    "it": ("participio", "participio-passato"),
}
# the compound past that shows whether a verb forms its perfect with "to be" (fr "est arrivé", it "è arrivato")
PERFECT = {"fr": ("indicatif", "passé-composé"), "it": ("indicativo", "passato-prossimo")}
BE = {"fr": {"est", "sont"}, "it": {"è", "sono"}}
KINDS = ("past", "present", "future", "conditional")


def conjugations(lang: str, lemmas: list[str]) -> dict[str, Any]:
    """lemma → verbecc's conjugation table (moods → tenses → rows) without pronouns; None for a lemma that is not
    in its tables or that it fails on."""
    logging.disable(logging.INFO)  # verbecc logs the training of its model for unknown verbs
    warnings.filterwarnings("ignore")
    here = os.getcwd()
    os.chdir(tempfile.gettempdir())  # verbecc opens its log file, verbecc.log, in the working directory
    try:
        from verbecc import CompleteConjugator, LangCodeISO639_1
    finally:
        os.chdir(here)

    conjugator = CompleteConjugator(getattr(LangCodeISO639_1, lang))
    known = set(conjugator.get_infinitives())
    out: dict[str, Any] = {}
    for lemma in lemmas:
        if lemma not in known:  # verbecc would guess its forms with a model trained afresh: not reproducible
            out[lemma] = None
            continue
        try:
            out[lemma] = json.loads(conjugator.conjugate(lemma, conjugate_pronouns=False).to_json())
        except (IndexError, KeyError, ValueError):  # verbecc 2.0.3 fails on a few verbs (es "pasar", "suceder")
            out[lemma] = None
    return out


def _third(rows: list[dict[str, Any]]) -> list[str]:
    return [form for row in rows if row.get("p") == "3" for form in row["c"] if " " not in form and form != "-"]


def forms(lang: str, tables: dict[str, Any]) -> dict[str, list[str]]:
    """Kind → sorted forms: the four tenses (forms of one tense only), participles, participles of verbs whose
    perfect takes "to be" (`be_participles`), infinitives."""
    tenses: dict[str, set[str]] = defaultdict(set)
    participles: set[str] = set()
    be_participles: set[str] = set()
    for table in tables.values():
        if table is None:
            continue
        moods = table["moods"]
        for (mood, tense), kind in TENSES[lang].items():
            for form in _third(moods[mood][tense]):
                tenses[form].add(kind)
        mood, tense = PARTICIPLES[lang]
        own = {form for row in moods[mood][tense] for form in row["c"] if " " not in form}
        participles |= own
        if lang in PERFECT:
            mood, tense = PERFECT[lang]
            compound = [form for row in moods[mood][tense] if row.get("p") == "3" for form in row["c"]]
            if any(form.split()[0] in BE[lang] for form in compound):
                be_participles |= own
    out = {kind: sorted(f for f, kinds in tenses.items() if kinds == {kind}) for kind in KINDS}
    out["participle"] = sorted(participles)
    if be_participles:
        out["be_participle"] = sorted(be_participles)
    out["infinitive"] = sorted(lemma for lemma, table in tables.items() if table is not None)
    return out


def render(lang: str, tables: dict[str, Any] | None = None) -> str:
    """The TOML text of data/<lang>/verbs.toml."""
    with LEMMAS.open("rb") as fh:
        lemmas = sorted(set(tomllib.load(fh)[lang]))
    tables = tables if tables is not None else conjugations(lang, lemmas)
    found = forms(lang, tables)
    failed = ", ".join(lemma for lemma, table in tables.items() if table is None) or "none"  # see conjugations()
    lines = [
        f"# Generated by tools/gen_verbs.py from verbecc {version('verbecc')} conjugation tables for the lemmas in",
        "# tools/news_verbs.toml. Do not edit: add lemmas there and run the generator.",
        "# Third-person finite forms by tense (a form two tenses share is in neither), participles, participles",
        "# of verbs whose perfect is formed with 'to be', infinitives.",
        f"# Lemmas left out (not in verbecc's tables, or it fails on them): {failed}.",
    ]
    for kind, words in found.items():
        lines += ["", f"{kind} = ["]
        line = " "
        for word in words:
            item = f' "{word}",'
            if len(line) + len(item) > 118:
                lines.append(line)
                line = " "
            line += item
        lines += [line, "]"]
    return "\n".join(lines) + "\n"


def main() -> int:
    for lang in sys.argv[1:] or sorted(TENSES):
        out = ROOT / "src" / "dateline" / "data" / lang / "verbs.toml"
        out.write_text(render(lang), encoding="utf-8")
        print(f"{out.relative_to(ROOT)}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
